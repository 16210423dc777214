/**
 * The cluster's chain: upstream → midstream → downstream columns of the segments and links
 * the plan places, then the segments it does not place. Each segment shows its enterprises
 * (the largest by revenue) and key projects; a segment with neither is a 补链 candidate,
 * marked with a dashed red border, an icon and the words — never colour alone.
 */
import { ApartmentOutlined, ArrowRightOutlined, CheckCircleOutlined, WarningOutlined } from '@ant-design/icons';
import { Alert, Card, Col, Empty, Flex, Row, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SectionTitle } from '../../components/SectionTitle.tsx';
import { formatNumber, formatWan } from '../../format/numbers.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { POSITIONS, type ChainCard, type ChainLayout, type LinkCard, type Position, type SegmentCard } from './chain.ts';
import { industryNs } from './messages.ts';

const GAP_STYLE = { border: '2px dashed #cf1322', background: '#fff7f6' };
const MAX_LISTED = 3;

function GapTag() {
  const { t } = useTranslation([industryNs, 'common']);
  return (
    <Tooltip title={t('chain.gapHelp')}>
      <Tag color="error" icon={<WarningOutlined />} data-testid="gap-tag" tabIndex={0}>
        {t('chain.gap')}
      </Tag>
    </Tooltip>
  );
}

function SegmentCardView({ card }: { card: SegmentCard }) {
  const { t } = useTranslation([industryNs, 'common']);
  const { lang, text } = useLang();
  const { facts } = card;
  const sep = lang === 'zh' ? '、' : ', ';
  return (
    <Card size="small" style={card.gap ? GAP_STYLE : undefined} data-testid="segment-card" data-gap={card.gap ? 'true' : 'false'} data-segment={card.segment.id}>
      <Flex justify="space-between" align="flex-start" gap={8}>
        <Typography.Text strong>{text(card.segment.name)}</Typography.Text>
        {card.gap ? <GapTag /> : null}
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('chain.segment')}
      </Typography.Text>
      <div style={{ marginTop: 6, fontSize: 13 }}>
        {facts.enterprises > 0 ? (
          <>
            <div>
              {t('chain.enterprises', { count: facts.enterprises, n: formatNumber(facts.enterprises, lang) })}
              {facts.revenue !== null ? ` · ${t('chain.revenue', { value: formatWan(facts.revenue, lang) })}` : ''}
            </div>
            {facts.leading.length > 0 ? (
              <div>
                <Typography.Text type="secondary">{t('chain.topEnterprises')}</Typography.Text>
                {facts.leading.map((e, i) => (
                  <span key={e.creditCode}>
                    {i > 0 ? sep : ''}
                    <Link to={`/enterprises/${e.creditCode}`}>{e.name}</Link>
                  </span>
                ))}
              </div>
            ) : null}
          </>
        ) : (
          <Typography.Text type="secondary">{t('chain.noEnterprises')}</Typography.Text>
        )}
      </div>
      <div style={{ marginTop: 4, fontSize: 13 }}>
        {facts.projects.length > 0 ? (
          <>
            {t('chain.projects', { count: facts.projects.length })}
            {t('colon')}
            {facts.projects.slice(0, MAX_LISTED).map((p, i) => (
              <span key={p.id}>
                {i > 0 ? sep : ''}
                <Link to={`/projects/${p.id}`}>{text(p.name)}</Link>
              </span>
            ))}
            {facts.projects.length > MAX_LISTED ? (lang === 'zh' ? '等' : ', …') : null}
          </>
        ) : (
          <Typography.Text type="secondary">{t('chain.noProjects')}</Typography.Text>
        )}
      </div>
      {card.innerLinks.length > 0 ? (
        <div style={{ marginTop: 4, fontSize: 12 }}>
          <Typography.Text type="secondary">{t('chain.linksInside')}</Typography.Text>
          {card.innerLinks.map((l) => text(l.name) + (l.position ? t('inParens', { text: t(`chain.${l.position}`) }) : '')).join(sep)}
        </div>
      ) : null}
      {card.placedLinks.length > 0 ? (
        <div style={{ marginTop: 4, fontSize: 12 }}>
          <Typography.Text type="secondary">{t('chain.linksInside')}</Typography.Text>
          {card.placedLinks.map((l) => text(l.name) + t('inParens', { text: t(`chain.${l.position}`) })).join(sep)}
        </div>
      ) : null}
    </Card>
  );
}

function LinkCardView({ card }: { card: LinkCard }) {
  const { t } = useTranslation([industryNs, 'common']);
  const { lang, text } = useLang();
  const products = card.link.products;
  return (
    <Card size="small" style={card.parent.gap ? GAP_STYLE : { background: '#fafcff' }} data-testid="link-card">
      <Flex gap={6} align="center">
        <ApartmentOutlined aria-hidden />
        <Typography.Text strong>{text(card.link.name)}</Typography.Text>
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('chain.link')} · {t('chain.linkOf', { segment: text(card.parent.segment.name) })}
      </Typography.Text>
      <div style={{ marginTop: 4, fontSize: 12 }}>
        {card.parent.gap ? (
          <Tag color="error" icon={<WarningOutlined />}>
            {t('chain.parentGap')}
          </Tag>
        ) : (
          <Typography.Text type="secondary">
            {t('chain.enterprises', { count: card.parent.facts.enterprises, n: formatNumber(card.parent.facts.enterprises, lang) })} · {t('chain.projects', { count: card.parent.facts.projects.length })}
          </Typography.Text>
        )}
      </div>
      {products.length > 0 ? (
        <Flex wrap gap={4} style={{ marginTop: 6 }}>
          {products.map((p) => (
            <Tag key={p.zh} style={{ marginInlineEnd: 0, whiteSpace: 'normal' }}>
              {text(p)}
            </Tag>
          ))}
        </Flex>
      ) : null}
    </Card>
  );
}

function CardView({ card }: { card: ChainCard }) {
  return card.kind === 'segment' ? <SegmentCardView card={card} /> : <LinkCardView card={card} />;
}

function ChainColumns({ layout }: { layout: ChainLayout }) {
  const { t } = useTranslation([industryNs, 'common']);
  return (
    <Row gutter={[12, 12]} wrap={false} style={{ overflowX: 'auto' }} data-testid="chain-columns">
      {POSITIONS.map((position: Position, i) => (
        <Col key={position} flex="1 1 0" style={{ minWidth: 260 }}>
          <Flex align="center" gap={8} style={{ marginBottom: 8 }}>
            <Typography.Title level={3} style={{ fontSize: 14, margin: 0 }}>
              {t(`chain.${position}`)}
            </Typography.Title>
            {i < POSITIONS.length - 1 ? <ArrowRightOutlined aria-hidden style={{ color: '#8c8c8c' }} /> : null}
          </Flex>
          <Flex vertical gap={8}>
            {layout.columns[position].length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('chain.emptyColumn')} />
            ) : (
              layout.columns[position].map((card) => <CardView key={card.kind === 'segment' ? card.segment.id : card.link.id} card={card} />)
            )}
          </Flex>
        </Col>
      ))}
    </Row>
  );
}

export function ChainView({ layout }: { layout: ChainLayout }) {
  const { t } = useTranslation([industryNs, 'common']);
  const { lang, text } = useLang();
  const sep = lang === 'zh' ? '、' : ', ';
  return (
    <Card title={<SectionTitle>{t('chain.title')}</SectionTitle>} data-testid="chain">
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        {t('chain.subtitle')}
      </Typography.Paragraph>
      {layout.gaps.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          icon={<WarningOutlined />}
          title={t('chain.gapsSummary', { count: layout.gaps.length, names: layout.gaps.map((g) => text(g.segment.name)).join(sep) })}
          description={t('chain.gapHelp')}
          style={{ marginBottom: 16 }}
          data-testid="chain-gaps"
        />
      ) : (
        <Alert type="success" showIcon icon={<CheckCircleOutlined />} title={t('chain.noGaps')} style={{ marginBottom: 16 }} data-testid="chain-gaps" />
      )}
      {layout.hasChain ? <ChainColumns layout={layout} /> : <Typography.Paragraph>{t('chain.noChain')}</Typography.Paragraph>}
      {layout.unplaced.length > 0 ? (
        <>
          {layout.hasChain ? (
            <Typography.Title level={3} style={{ fontSize: 14, margin: '20px 0 8px' }}>
              {t('chain.unplaced')}
            </Typography.Title>
          ) : null}
          <Row gutter={[12, 12]}>
            {layout.unplaced.map((card) => (
              <Col key={card.segment.id} xs={24} md={12} xl={8}>
                <SegmentCardView card={card} />
              </Col>
            ))}
          </Row>
        </>
      ) : null}
      {layout.unassignedProjects.length > 0 ? (
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0, fontSize: 12 }}>
          {t('chain.unassignedProjects', { names: layout.unassignedProjects.map((p) => text(p.name)).join(sep) })}
        </Typography.Paragraph>
      ) : null}
    </Card>
  );
}
