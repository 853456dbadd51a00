import { ChevronRight } from 'lucide-react';
import { useId } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, Cell, LabelList, Pie, PieChart, XAxis, YAxis } from 'recharts';
import type { CaseListFilters } from '@renderer/app/navigation';

export interface ChartItem {
  key: string;
  label: string;
  value: number;
  /** The case list query behind this bar or segment. */
  filters: CaseListFilters;
}

interface ChartPanelProps {
  title: string;
  /** One line under the title: what is counted. */
  caption?: string;
  items: readonly ChartItem[];
  kind: 'columns' | 'bars' | 'donut';
  emptyText: string;
  onSelect: (item: ChartItem) => void;
}

// Fixed drawing sizes: recharts measures nothing (happy-dom has no layout) and CSS scales the SVG
// through its viewBox to the panel's width.
const WIDTH = 440;
const HEIGHT = 220;
const COLOURS = 6;

/**
 * One dashboard chart. The SVG is for the eye and the mouse only (aria-hidden, out of the tab
 * order); the list below it is the text alternative and the keyboard route: one button per bar or
 * segment with its label and count, doing what a click on the bar does.
 */
export function ChartPanel({ title, caption, items, kind, emptyText, onSelect }: ChartPanelProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const total = items.reduce((sum, item) => sum + item.value, 0);
  const select = (index: number) => {
    const item = items[index];
    if (item) onSelect(item);
  };

  return (
    <section className="panel dashboard-card chart-panel" aria-labelledby={titleId}>
      <header className="dashboard-card__header">
        <h3 className="dashboard-card__title" id={titleId}>
          {title}
        </h3>
        {caption ? <p className="dashboard-card__caption">{caption}</p> : null}
      </header>
      {total === 0 ? (
        <p className="dashboard-card__empty">{emptyText}</p>
      ) : (
        <>
          <div className="chart-panel__chart" aria-hidden="true">
            {renderChart(kind, items, select)}
          </div>
          <ul className="chart-legend" aria-label={t('dashboard.chart.legend', { title })}>
            {items.map((item, index) => (
              <li key={item.key}>
                <Button className="chart-legend__item" onPress={() => onSelect(item)}>
                  <span
                    className={`chart-legend__swatch chart-colour-${kind === 'donut' ? index % COLOURS : 0}`}
                    aria-hidden="true"
                  />
                  <span className="chart-legend__label">{item.label}</span>
                  <span className="chart-legend__value">{item.value}</span>
                  <span className="visually-hidden">
                    {t('dashboard.chart.show', { count: item.value })}
                  </span>
                  <ChevronRight className="chart-legend__go" size={14} aria-hidden="true" />
                </Button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function renderChart(
  kind: ChartPanelProps['kind'],
  items: readonly ChartItem[],
  select: (index: number) => void,
) {
  const data = items.map((item) => ({ name: item.label, value: item.value }));
  const common = {
    width: WIDTH,
    height: HEIGHT,
    data,
    accessibilityLayer: false,
    tabIndex: -1,
  } as const;

  if (kind === 'donut') {
    return (
      <PieChart {...common} margin={{ top: 0, right: 0, bottom: 0, left: 0 }}>
        <Pie
          data={data}
          dataKey="value"
          nameKey="name"
          innerRadius="58%"
          outerRadius="92%"
          paddingAngle={1.5}
          isAnimationActive={false}
          // Recharts puts the pie layer in the tab order by default; the SVG is aria-hidden and the
          // legend below is the keyboard route, so a focus stop here would be an invisible one.
          rootTabIndex={-1}
          onClick={(_entry, index) => select(index)}
          className="chart-clickable"
        >
          {data.map((entry, index) => (
            <Cell
              key={entry.name}
              className={`chart-slice chart-colour-${index % COLOURS}`}
              stroke="none"
            />
          ))}
        </Pie>
      </PieChart>
    );
  }

  const vertical = kind === 'bars';
  return (
    <BarChart
      {...common}
      layout={vertical ? 'vertical' : 'horizontal'}
      margin={
        vertical
          ? { top: 4, right: 32, bottom: 4, left: 8 }
          : { top: 20, right: 8, bottom: 4, left: 8 }
      }
    >
      {vertical ? (
        <>
          <XAxis type="number" hide allowDecimals={false} />
          <YAxis
            type="category"
            dataKey="name"
            width={150}
            tickLine={false}
            axisLine={false}
            interval={0}
          />
        </>
      ) : (
        <>
          <XAxis type="category" dataKey="name" tickLine={false} interval={0} />
          <YAxis type="number" hide allowDecimals={false} />
        </>
      )}
      <Bar
        dataKey="value"
        className="chart-bar chart-clickable"
        radius={vertical ? [0, 4, 4, 0] : [4, 4, 0, 0]}
        maxBarSize={vertical ? 18 : 48}
        isAnimationActive={false}
        onClick={(_entry, index) => select(index)}
      >
        <LabelList dataKey="value" position={vertical ? 'right' : 'top'} className="chart-value" />
      </Bar>
    </BarChart>
  );
}
