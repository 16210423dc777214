/** Every product and technology the plan names for the cluster, by segment and link. */
import { Card, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PlanCluster } from '../../api/types.ts';
import { SectionTitle } from '../../components/SectionTitle.tsx';
import { useLang } from '../../i18n/use-lang.ts';
import { namedProducts } from './chain.ts';
import { industryNs } from './messages.ts';

export function ProductsCard({ cluster }: { cluster: PlanCluster }) {
  const { t } = useTranslation([industryNs, 'common']);
  const { text } = useLang();
  const groups = namedProducts(cluster);
  return (
    <Card title={<SectionTitle>{t('products.title')}</SectionTitle>} data-testid="products">
      {groups.length === 0 ? (
        <Typography.Text type="secondary">{t('products.none')}</Typography.Text>
      ) : (
        <Flex vertical gap={12}>
          {groups.map((g) => (
            <div key={`${g.segment.id}:${g.link?.id ?? ''}`}>
              <Typography.Title level={3} style={{ fontSize: 14, margin: '0 0 6px' }}>
                {g.link ? t('products.ofLink', { segment: text(g.segment.name), link: text(g.link.name) }) : text(g.segment.name)}
              </Typography.Title>
              <Flex wrap gap={6}>
                {g.products.map((p) => (
                  <Tag key={p.zh} style={{ marginInlineEnd: 0, whiteSpace: 'normal' }}>
                    {text(p)}
                  </Tag>
                ))}
              </Flex>
            </div>
          ))}
        </Flex>
      )}
    </Card>
  );
}
