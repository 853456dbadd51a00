import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { AllegationsSection } from './AllegationsSection';
import { EvidenceSection } from './EvidenceSection';
import { InterviewsSection } from '@renderer/features/interviews/InterviewsSection';
import { InterimSection } from './InterimSection';
import { NotesSection } from './NotesSection';
import { OutcomeSection } from './OutcomeSection';
import { OverviewSection } from './OverviewSection';
import { PartiesSection } from './PartiesSection';
import { TasksSection } from './TasksSection';
import { TimelineSection } from './TimelineSection';

const sections = [
  { id: 'overview', render: () => <OverviewSection /> },
  { id: 'parties', render: () => <PartiesSection /> },
  { id: 'allegations', render: () => <AllegationsSection /> },
  { id: 'evidence', render: () => <EvidenceSection /> },
  { id: 'interviews', render: () => <InterviewsSection /> },
  { id: 'timeline', render: () => <TimelineSection /> },
  { id: 'tasks', render: () => <TasksSection /> },
  { id: 'interim', render: () => <InterimSection /> },
  { id: 'notes', render: () => <NotesSection /> },
  { id: 'outcome', render: () => <OutcomeSection /> },
] as const;

/** The workspace's sections as tabs (arrow keys move between them, Tab enters the panel). */
export function WorkspaceTabs() {
  const { t } = useTranslation();
  return (
    <Tabs className="ws-tabs" defaultSelectedKey="overview">
      <TabList className="ws-tabs__list" aria-label={t('caseWorkspace.sections')}>
        {sections.map((s) => (
          <Tab key={s.id} id={s.id} className="ws-tabs__tab">
            {t(`caseWorkspace.tabs.${s.id}`)}
          </Tab>
        ))}
      </TabList>
      {sections.map((s) => (
        <TabPanel key={s.id} id={s.id} className="ws-tabs__panel">
          {s.render()}
        </TabPanel>
      ))}
    </Tabs>
  );
}
