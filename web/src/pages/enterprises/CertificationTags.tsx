/** The certificate kinds an enterprise holds, as tags with their names (高新技术企业, 专精特新中小企业 …). */
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { certificationName } from '../../format/certificate-names.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { enterprisesNs } from './messages.ts';

const KIND_COLOR: Record<string, string> = {
  hte: 'geekblue',
  'tech-sme': 'cyan',
  'innovative-sme': 'blue',
  'srdi-sme': 'purple',
  'little-giant': 'magenta',
  'single-champion': 'gold',
  'above-size': 'default',
};

export function CertificationTag({ kind }: { kind: string }) {
  const { text } = useLang();
  return (
    <Tag color={KIND_COLOR[kind] ?? 'default'} icon={<SafetyCertificateOutlined />} style={{ marginInlineEnd: 0 }}>
      {text(certificationName(kind))}
    </Tag>
  );
}

export function CertificationTags({ kinds }: { kinds: readonly string[] }) {
  const { t } = useTranslation(enterprisesNs);
  if (kinds.length === 0) return <Typography.Text type="secondary">{t('none')}</Typography.Text>;
  return (
    <Flex wrap gap={4}>
      {kinds.map((k) => (
        <CertificationTag key={k} kind={k} />
      ))}
    </Flex>
  );
}
