/**
 * `plansight enterprises …`: enterprise tier cultivation from the registry — who qualifies
 * for which tier and why (assess), the tier funnel against the plan's targets (pipeline),
 * the support policies each enterprise qualifies for (policies), the rule sets in force
 * (rulesets) and their JSON Schemas for editors (schema).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { assessableTiers, assessTier } from '../cultivation/assess-tier.ts';
import type { Assessment, AssessmentStatus } from '../cultivation/assessment.ts';
import { assessmentJson, policyMatchJson } from '../cultivation/cultivation-json.ts';
import type { EnterpriseFacts } from '../cultivation/facts.ts';
import { parseFactsFile } from '../cultivation/facts-file.ts';
import { cultivationJsonSchemas } from '../cultivation/json-schemas.ts';
import { CultivationLoadError, loadPolicyBook, loadRuleBook } from '../cultivation/load-rules.ts';
import { PipelineTally, type PipelineCounts } from '../cultivation/pipeline.ts';
import { planLabels } from '../cultivation/plan-labels.ts';
import { PolicyTally, type PolicyStatus } from '../cultivation/policy-match.ts';
import type { RuleBook } from '../cultivation/rule-book.ts';
import type { AssessmentDate, EnterpriseSnapshot } from '../cultivation/snapshot.ts';
import { isTierId, type TierId } from '../cultivation/tiers.ts';
import { enterpriseSnapshots } from '../store/registry-queries.ts';
import { openStore, type Store } from '../store/open-database.ts';
import { CliError, EXIT } from './cli-error.ts';
import { defaultPlanDir } from './defaults.ts';
import { formatIssue } from './format-issues.ts';
import type { CliIo } from './io.ts';
import { parseLang, type Lang } from './lang.ts';
import { loadPlanOrExplain } from './load-plan-or-explain.ts';
import { newTable } from './table.ts';

const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const defaultRuleSets = () => process.env.PLANSIGHT_RULESETS?.trim() || join(packageRoot, 'rulesets');
const defaultPolicies = () => process.env.PLANSIGHT_POLICIES?.trim() || join(packageRoot, 'policies');

interface CommonOptions {
  year: string;
  date?: string;
  format: string;
  lang: string;
  facts?: string;
  rulesets: string;
}

export function registerEnterprisesCommands(program: Command, io: CliIo): void {
  const enterprises = program.command('enterprises').description('enterprise tier cultivation (企业梯度培育) and support policies (免申即享), from the registry');
  const common = (command: Command) =>
    command
      .requiredOption('--year <year>', 'figures up to this year, judged on 31 December of it')
      .option('--date <YYYY-MM-DD>', 'judge on this day instead (picks the rule set in force and the valid certificates)')
      .option('--facts <file>', 'confirmations per enterprise (YAML or JSON: credit code → fact → value); without it they are listed as missing')
      .option('--rulesets <dir>', 'the rule-set folder', defaultRuleSets())
      .option('--format <format>', 'table or json', 'table')
      .option('--lang <lang>', 'zh or en', 'zh');

  common(enterprises.command('assess').description('each enterprise against each tier: pass or fail, every criterion, the score, what is missing, the smallest change'))
    .option('--credit-code <code>', 'one enterprise')
    .option('--tier <tier>', 'one tier: hte, tech-sme, innovative-sme, srdi-sme, little-giant')
    .action(async (options: CommonOptions & { creditCode?: string; tier?: string }) => {
      const { lang, on, book, facts } = await prepare(options);
      const tiers = tiersOf(options.tier, book);
      await withRegistry(io, lang, async (store) => {
        const stream = withFacts(enterpriseSnapshots(store.db, { dataYear: on.dataYear, ...(options.creditCode ? { creditCodes: [options.creditCode] } : {}) }), facts);
        let count = 0;
        if (options.format === 'json') io.out('[');
        for await (const snapshot of stream) {
          count++;
          const assessments = tiers.map((tier) => assessTier(book, snapshot, tier, on));
          if (options.format === 'json') {
            const lines = assessments.map((a) => JSON.stringify(assessmentJson(a, book.facts)));
            io.out(`${count > 1 ? ',' : ''}${lines.join(',\n')}`);
          } else if (options.creditCode) {
            io.out(renderDetail(snapshot, assessments, lang));
          } else {
            for (const a of assessments) io.out(renderLine(snapshot, a, lang));
          }
        }
        if (options.format === 'json') io.out(']');
        if (options.creditCode && count === 0) {
          throw new CliError(lang === 'zh' ? `企业名录中没有统一社会信用代码为 ${options.creditCode} 的企业` : `no enterprise with credit code ${options.creditCode} in the registry`, EXIT.invalidInput);
        }
      });
    });

  common(enterprises.command('pipeline').description('the tier funnel: certified, candidates, near misses — by region and cluster — against the plan’s targets'))
    .option('--plan <dir>', 'the plan folder', defaultPlanDir())
    .action(async (options: CommonOptions & { plan: string }) => {
      const { lang, on, book, facts } = await prepare(options);
      const plan = await loadPlanOrExplain(options.plan);
      await withRegistry(io, lang, async (store) => {
        const tally = new PipelineTally(plan, book, on);
        for await (const snapshot of withFacts(enterpriseSnapshots(store.db, { dataYear: on.dataYear }), facts)) tally.add(snapshot);
        const pipeline = tally.result();
        if (options.format === 'json') io.out(JSON.stringify(pipeline, null, 2));
        else io.out(renderPipeline(pipeline, lang));
      });
    });

  common(enterprises.command('policies').description('support policies (免申即享): who qualifies, with reasons'))
    .option('--credit-code <code>', 'one enterprise: every policy and why')
    .option('--policy <id>', 'one policy: the enterprises that qualify')
    .option('--policies <dir>', 'the policy folder', defaultPolicies())
    .option('--plan <dir>', 'the plan folder (names of clusters and regions)', defaultPlanDir())
    .action(async (options: CommonOptions & { creditCode?: string; policy?: string; policies: string; plan: string }) => {
      const { lang, on, book, facts } = await prepare(options);
      const plan = await loadPlanOrExplain(options.plan);
      const all = await explainLoad(() => loadPolicyBook(options.policies, book), lang);
      const policies = options.policy ? all.filter((p) => p.id === options.policy) : all;
      if (policies.length === 0) throw new CliError(`no policy ${JSON.stringify(options.policy)}; known: ${all.map((p) => p.id).join(', ')}`, EXIT.usage);
      const named = book.facts.withValueLabels(planLabels(plan));
      if (policies.some((p) => p.example)) io.err(lang === 'zh' ? '注意：示例政策（虚构），非现行政策。' : 'Note: example policies (made up), not policies in force.');
      await withRegistry(io, lang, async (store) => {
        const tally = new PolicyTally(policies, on, named);
        const shown: ReturnType<typeof policyMatchJson>[] = [];
        const query = { dataYear: on.dataYear, ...(options.creditCode ? { creditCodes: [options.creditCode] } : {}) };
        for await (const snapshot of withFacts(enterpriseSnapshots(store.db, query), facts)) {
          for (const m of tally.add(snapshot)) if (options.creditCode || m.eligible) shown.push(policyMatchJson(m, named));
        }
        if (options.format === 'json') io.out(JSON.stringify({ date: on.date, dataYear: on.dataYear, policies: tally.result(), matches: shown }, null, 2));
        else io.out(renderPolicies(tally.result(), shown, lang));
      });
    });

  enterprises
    .command('rulesets')
    .description('the rule sets: issuing document, dates, tiers, confidence; exits 3 when one is invalid')
    .option('--rulesets <dir>', 'the rule-set folder', defaultRuleSets())
    .option('--lang <lang>', 'zh or en', 'zh')
    .action(async (options: { rulesets: string; lang: string }) => {
      const lang = parseLang(options.lang);
      const book = await explainLoad(() => loadRuleBook(options.rulesets), lang);
      const table = newTable(lang === 'zh' ? ['规则集', '文件', '生效', '失效', '层级', '待核实'] : ['rule set', 'document', 'from', 'to', 'tiers', 'unverified']);
      for (const r of book.ruleSets) {
        const tiers = book.tierRules.filter((t) => t.ruleSet.id === r.id).map((t) => (t.carriedFrom ? `${t.tier} ← ${t.carriedFrom.id}` : t.tier));
        table.push([r.id, r.document, r.effectiveFrom, r.effectiveTo ?? '—', tiers.join('\n'), r.unverified ? (lang === 'zh' ? '是' : 'yes') : '']);
      }
      io.out(table.toString());
    });

  enterprises
    .command('schema')
    .description('write the JSON Schemas of rule sets, the fact catalogue and policies (for editors)')
    .option('--rulesets <dir>', 'where rule-set.schema.json and facts.schema.json go', defaultRuleSets())
    .option('--policies <dir>', 'where policy.schema.json goes', defaultPolicies())
    .action(async (options: { rulesets: string; policies: string }) => {
      const schemas = cultivationJsonSchemas();
      const files: [string, unknown][] = [
        [join(options.rulesets, 'rule-set.schema.json'), schemas.ruleSet],
        [join(options.rulesets, 'facts.schema.json'), schemas.facts],
        [join(options.policies, 'policy.schema.json'), schemas.policy],
      ];
      for (const [file, schema] of files) {
        await mkdir(dirname(file), { recursive: true });
        await writeFile(file, `${JSON.stringify(schema, null, 2)}\n`);
        io.out(`wrote ${file}`);
      }
    });
}

async function prepare(options: CommonOptions): Promise<{ lang: Lang; on: AssessmentDate; book: RuleBook; facts: Map<string, EnterpriseFacts> }> {
  const lang = parseLang(options.lang);
  if (options.format !== 'table' && options.format !== 'json') throw new CliError(`--format must be table or json, got ${JSON.stringify(options.format)}`, EXIT.usage);
  if (!/^\d{4}$/.test(options.year)) throw new CliError(`--year must be a four-digit year, got ${JSON.stringify(options.year)}`, EXIT.usage);
  if (options.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.date)) throw new CliError(`--date must be YYYY-MM-DD, got ${JSON.stringify(options.date)}`, EXIT.usage);
  const year = Number(options.year);
  const on = { date: options.date ?? `${year}-12-31`, dataYear: year };
  const book = await explainLoad(() => loadRuleBook(options.rulesets), lang);
  let facts = new Map<string, EnterpriseFacts>();
  if (options.facts) {
    const text = await readFile(options.facts, 'utf8').catch(() => {
      throw new CliError(`cannot read the facts file ${options.facts}`, EXIT.invalidInput);
    });
    const parsed = parseFactsFile({ name: options.facts, text }, book.facts);
    if (!parsed.ok) throw new CliError(parsed.issues.map((i) => formatIssue(i, lang)).join('\n'), EXIT.invalidInput);
    facts = parsed.facts;
  }
  return { lang, on, book, facts };
}

async function explainLoad<T>(load: () => Promise<T>, lang: Lang): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof CultivationLoadError) throw new CliError([error.message, ...error.issues.map((i) => formatIssue(i, lang))].join('\n'), EXIT.invalidInput);
    throw error;
  }
}

function tiersOf(option: string | undefined, book: RuleBook): TierId[] {
  const tiers = assessableTiers(book);
  if (option === undefined) return tiers;
  if (!isTierId(option) || !tiers.includes(option)) throw new CliError(`--tier must be one of ${tiers.join(', ')}, got ${JSON.stringify(option)}`, EXIT.usage);
  return [option];
}

async function* withFacts(snapshots: AsyncIterable<EnterpriseSnapshot>, facts: ReadonlyMap<string, EnterpriseFacts>): AsyncGenerator<EnterpriseSnapshot> {
  for await (const s of snapshots) {
    const given = facts.get(s.enterprise.creditCode);
    yield given ? { ...s, facts: given } : s;
  }
}

/** Opens the store, runs, and says on stderr (so JSON on stdout stays clean) when demo enterprises were read. */
async function withRegistry(io: CliIo, lang: Lang, run: (store: Store) => Promise<void>): Promise<void> {
  const store = await openStore();
  try {
    await run(store);
    const demo = await store.db.selectFrom('enterprises').select('creditCode').where('isDemo', '=', 1).limit(1).executeTakeFirst();
    if (demo) io.err(lang === 'zh' ? '注意：企业名录含演示数据（虚构），非官方统计。' : 'Note: the registry holds demo data (synthetic), not official statistics.');
  } finally {
    await store.close();
  }
}

const statusLabel: Record<AssessmentStatus, { zh: string; en: string }> = {
  passed: { zh: '符合', en: 'passes' },
  'to-confirm': { zh: '待确认', en: 'to confirm' },
  incomplete: { zh: '缺数据', en: 'incomplete' },
  failed: { zh: '不符合', en: 'fails' },
  'no-rule-set': { zh: '无规则', en: 'no rule set' },
};

function renderLine(s: EnterpriseSnapshot, a: Assessment, lang: Lang): string {
  const score = a.score === null ? '' : `  ${lang === 'zh' ? '评分' : 'score'} ${a.score}`;
  const mark = a.certified ? (lang === 'zh' ? '（已认定）' : ' (certified)') : '';
  return `${s.enterprise.creditCode}  ${s.enterprise.name}  ${a.tierName[lang]}${mark}  ${statusLabel[a.status][lang]}${score}  ${a.summary[lang]}`;
}

function renderDetail(s: EnterpriseSnapshot, assessments: readonly Assessment[], lang: Lang): string {
  const out = [`${s.enterprise.name}  ${s.enterprise.creditCode}${s.demo ? (lang === 'zh' ? '  【演示数据】' : '  [demo]') : ''}`];
  for (const a of assessments) {
    const doc = a.ruleSet ? `${a.ruleSet.document}${a.carriedFrom ? ` ← ${a.carriedFrom.document}` : ''}${a.ruleSet.unverified ? (lang === 'zh' ? '（待核实）' : ' (unverified)') : ''}` : '';
    const score = a.score === null ? '' : `  ${lang === 'zh' ? '评分' : 'score'} ${a.score}${a.scoreUpTo !== null && a.scoreUpTo > a.score ? ` (≤ ${a.scoreUpTo})` : ''}`;
    out.push('', `■ ${a.tierName[lang]}  ${doc}  ${statusLabel[a.status][lang]}${a.certified ? (lang === 'zh' ? '（已认定）' : ' (certified)') : ''}${score}`);
    for (const c of a.criteria) {
      const mark = c.applicable === false ? '–' : c.passed === true ? '✓' : c.passed === false ? '✗' : c.points !== null ? '·' : '?';
      out.push(`  ${mark} ${c.explanation[lang]}${c.unverified && !a.ruleSet?.unverified ? (lang === 'zh' ? '（待核实）' : ' (unverified)') : ''}`);
    }
    if (a.directPath) out.push(`  → ${lang === 'zh' ? '直通条件' : 'direct path'}: ${a.directPath.name[lang]}`);
    for (const c of a.changes) out.push(`  ${lang === 'zh' ? '差距' : 'gap'}: ${c.message[lang]}`);
    out.push(`  ${a.summary[lang]}`);
  }
  return out.join('\n');
}

const cell = (c: PipelineCounts) => `${c.certified} / ${c.candidates} (${c.confirmed}) / ${c.incomplete} / ${c.nearMisses}`;

function renderPipeline(p: ReturnType<PipelineTally['result']>, lang: Lang): string {
  const zh = lang === 'zh';
  const head = zh ? ['层级', '规则集', '已认定', '候选（已确认）', '缺数据', '差一项'] : ['tier', 'rule set', 'certified', 'candidates (confirmed)', 'incomplete', 'near misses'];
  const tiers = newTable(head);
  for (const t of p.tiers) {
    tiers.push([t.name[lang], t.ruleSet ? `${t.ruleSet.document}${t.unverified ? (zh ? '（待核实）' : ' (unverified)') : ''}` : '—', t.total.certified, `${t.total.candidates} (${t.total.confirmed})`, t.total.incomplete, t.total.nearMisses]);
  }
  const regions = newTable([zh ? '市县' : 'region', ...p.tiers.map((t) => t.name[lang])]);
  const codes = p.tiers[0]?.byRegion.map((r) => r.regionCode) ?? [];
  for (const code of codes) {
    const name = p.tiers[0]!.byRegion.find((r) => r.regionCode === code)!.name;
    regions.push([name ? name[lang] : code, ...p.tiers.map((t) => cell(t.byRegion.find((r) => r.regionCode === code)!.counts))]);
  }
  const targets = newTable(zh ? ['指标', '当前', '候选', '合计', '目标', '目标年', '每年需新增'] : ['indicator', 'now', 'candidates', 'together', 'target', 'year', 'needed a year']);
  for (const t of p.targets) targets.push([t.name[lang], t.current, t.candidates, t.withCandidates, t.target ?? '—', t.targetYear, t.neededPerYear ?? '—']);
  return [
    zh ? `企业梯度培育漏斗 · ${p.date}（${p.dataYear} 年数据，${p.enterprises} 家企业）` : `Tier pipeline · ${p.date} (figures of ${p.dataYear}, ${p.enterprises} enterprises)`,
    tiers.toString(),
    zh ? '按市县（已认定 / 候选（已确认） / 缺数据 / 差一项）' : 'By region (certified / candidates (confirmed) / incomplete / near misses)',
    regions.toString(),
    zh ? '规划目标' : "The plan's targets",
    targets.toString(),
  ].join('\n');
}

const policyStatusLabel: Record<PolicyStatus, { zh: string; en: string }> = {
  eligible: { zh: '符合', en: 'eligible' },
  'to-confirm': { zh: '待确认', en: 'to confirm' },
  incomplete: { zh: '缺数据', en: 'incomplete' },
  'not-eligible': { zh: '不符合', en: 'not eligible' },
  'not-in-force': { zh: '不在有效期', en: 'not in force' },
};

function renderPolicies(counts: ReturnType<PolicyTally['result']>, matches: readonly ReturnType<typeof policyMatchJson>[], lang: Lang): string {
  const zh = lang === 'zh';
  const table = newTable([zh ? '政策' : 'policy', zh ? '免申即享' : 'auto-grant', ...Object.values(policyStatusLabel).map((l) => l[lang])]);
  for (const p of counts) table.push([p.name[lang], p.autoGrant ? (zh ? '是' : 'yes') : '', ...Object.keys(policyStatusLabel).map((s) => p.counts[s as PolicyStatus])]);
  const lines = matches.map((m) => `${m.creditCode}  ${m.enterpriseName}  ${m.policyName[lang]}  ${policyStatusLabel[m.status][lang]}  ${m.explanation[lang]}`);
  return [table.toString(), ...lines].join('\n');
}
