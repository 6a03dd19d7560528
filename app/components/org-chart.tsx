import type { ChartEdge, ChartNode } from '../../src/domain/bodies/org-chart';
import { NODE_HEIGHT, NODE_WIDTH } from '../../src/domain/bodies/org-chart';
import { useT } from '../lib/i18n';

interface Layout {
  width: number;
  height: number;
  nodes: ChartNode[];
  edges: ChartEdge[];
}

/**
 * The organisation chart as server-rendered SVG: each body a linked box, solid lines for "appoints",
 * dashed for delegations. The SVG is a labelled group (it holds links, so it cannot be role="img"), and
 * its text alternative (a list) sits beside it.
 */
export function OrgChartSvg({
  layout,
  title,
  hrefOf,
}: {
  layout: Layout;
  title: string;
  hrefOf: (id: string) => string;
}) {
  const t = useT();
  return (
    <figure className="org-chart">
      <div className="org-chart__scroll">
        {/* biome-ignore lint/a11y/useSemanticElements: an SVG cannot be a fieldset; "group" names a drawing that holds links */}
        <svg
          role="group"
          aria-labelledby="org-chart-title"
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          width="100%"
          style={{ maxWidth: layout.width }}
          xmlns="http://www.w3.org/2000/svg"
        >
          <title id="org-chart-title">{title}</title>
          <defs>
            <marker
              id="arrow"
              viewBox="0 0 10 10"
              refX="9"
              refY="5"
              markerWidth="7"
              markerHeight="7"
              orient="auto-start-reverse"
            >
              <path d="M0,0 L10,5 L0,10 z" className="org-chart__arrowhead" />
            </marker>
          </defs>
          {layout.edges.map((edge) => (
            <path
              key={`${edge.kind}-${edge.from}-${edge.to}`}
              d={edge.path}
              className={`org-chart__edge org-chart__edge--${edge.kind}`}
              markerEnd="url(#arrow)"
            />
          ))}
          {layout.nodes.map((node) => (
            <a key={node.id} href={hrefOf(node.id)} className="org-chart__node">
              <rect
                x={node.x}
                y={node.y}
                width={NODE_WIDTH}
                height={NODE_HEIGHT}
                rx="6"
                className={`org-chart__box org-chart__box--${node.kind}`}
              />
              <text
                x={node.x + NODE_WIDTH / 2}
                y={node.y + NODE_HEIGHT / 2 - ((node.lines.length - 1) * 16) / 2 + 5}
                textAnchor="middle"
              >
                {node.lines.map((line, i) => (
                  <tspan key={line} x={node.x + NODE_WIDTH / 2} dy={i === 0 ? 0 : 16}>
                    {line}
                  </tspan>
                ))}
              </text>
            </a>
          ))}
        </svg>
      </div>
      <figcaption className="org-chart__legend">
        <span className="org-chart__legend-item">
          <svg width="36" height="10" aria-hidden="true">
            <line x1="0" y1="5" x2="36" y2="5" className="org-chart__edge org-chart__edge--appoints" />
          </svg>{' '}
          {t('chart.legendAppoints')}
        </span>
        <span className="org-chart__legend-item">
          <svg width="36" height="10" aria-hidden="true">
            <line x1="0" y1="5" x2="36" y2="5" className="org-chart__edge org-chart__edge--delegates" />
          </svg>{' '}
          {t('chart.legendDelegates')}
        </span>
      </figcaption>
    </figure>
  );
}
