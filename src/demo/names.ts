/**
 * Company names: place + 字号 (trade name) + industry + 有限公司, e.g. 海南瑞达电子科技有限公司.
 * The 字号 is the enterprise index written in a 64-character alphabet through a seeded
 * bijection, so no two demo enterprises share a name and no list of earlier names is kept.
 */
import type { Plan } from '../plan/derive.ts';

/** 64 characters common in company trade names. */
export const TRADE_NAME_CHARACTERS = '星海瑞达华信诚源泰丰博远凯嘉宏晟睿鑫恒聚润益昊航蓝云智天铭盛德安和正合融峰拓卓越明光辉锐捷澜椰琼湾帆鲲鹏澄洋璟瀚宸霖翔驰腾启立通';

/** Industry words by the glossary's cluster ids; other clusters use their own name. */
const industryWords: Record<string, readonly string[]> = {
  'digital-economy': ['数字科技', '信息技术', '电子科技', '软件', '网络科技', '数据科技'],
  'petrochem-materials': ['石化', '新材料', '化工科技', '新材料科技'],
  'consumer-goods': ['食品', '日化', '珠宝', '消费品', '食品科技'],
  biomedicine: ['生物医药', '制药', '医疗器械', '生物科技', '药业'],
  'commercial-aerospace': ['航天科技', '卫星科技', '航天技术', '空间信息'],
  'deep-sea': ['深海科技', '海洋装备', '海洋科技', '海工装备'],
  'energy-saving-environment': ['环保科技', '节能技术', '环境工程', '节能科技'],
  'clean-energy': ['新能源', '能源科技', '风电科技', '光伏科技'],
  'new-energy-vehicles': ['新能源汽车', '汽车科技', '电动汽车'],
  'repair-remanufacturing': ['装备维修', '再制造科技', '航空维修'],
  'low-altitude': ['低空科技', '无人机', '航空科技'],
  'nanfan-seeds': ['种业', '农业科技', '生物育种', '种苗'],
  biomanufacturing: ['生物制造', '合成生物', '生物工程'],
  hydrogen: ['氢能科技', '氢能源'],
  bci: ['脑机科技', '神经科技'],
  'embodied-ai': ['智能机器人', '机器人科技', '智能科技'],
};

/** The short form of a place name used in company names: 海南省 → 海南, 乐东黎族自治县 → 乐东. */
export function shortPlaceName(name: string): string {
  const short = name.replace(/(黎族苗族自治县|黎族自治县|自治县|自治区|特别行政区|省|市|县|区)$/u, '');
  return short.length >= 2 ? short : name;
}

export function industryWordsFor(plan: Plan, clusterId: string | null): readonly string[] {
  if (clusterId === null) return ['科技'];
  const known = industryWords[clusterId];
  if (known) return known;
  const name = plan.clusters.find((c) => c.id === clusterId)?.name.zh ?? '';
  const stem = name.replace(/(产业集群|集群|产业|行业)$/u, '');
  return stem ? [`${stem}科技`, stem] : ['科技'];
}

/** The trade name of enterprise `index` among `count`: 2 characters up to 4096 enterprises, 3 up to 262 144, … */
const tradeAlphabet = [...TRADE_NAME_CHARACTERS];

export function tradeName(index: number, count: number, key: number): string {
  let digits = 2;
  while (64 ** digits < count) digits++;
  // An odd multiplier is invertible modulo a power of two, so this is a bijection of 0..64^digits−1.
  const modulusBits = 6 * digits;
  if (modulusBits > 30) throw new RangeError(`too many enterprises for distinct trade names: ${count}`);
  const multiplier = (key | 1) >>> 0;
  const mask = 2 ** modulusBits - 1;
  let code = ((Math.imul(multiplier, index) + (key >>> 7)) >>> 0) & mask;
  let name = '';
  for (let k = 0; k < digits; k++) {
    name = tradeAlphabet[code & 63]! + name;
    code = Math.floor(code / 64);
  }
  return name;
}

/** `formDraw` (uniform in [0, 1)) picks the legal form; listed firms are 股份有限公司. */
export function companyName(place: string, trade: string, industry: string, formDraw: number, listed: boolean): string {
  const roll = formDraw;
  const form = listed || roll < 0.05 ? '股份有限公司' : roll < 0.15 ? '有限责任公司' : '有限公司';
  return `${place}${trade}${industry}${form}`;
}
