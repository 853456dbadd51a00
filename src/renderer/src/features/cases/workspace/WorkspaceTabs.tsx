import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { DocumentDraftsProvider } from '@renderer/features/documents/document-drafts';
import { DocumentsSection } from '@renderer/features/documents/DocumentsSection';
import { AllegationsSection } from './AllegationsSection';
import { CredibilitySection } from './CredibilitySection';
import { EvidenceSection } from './EvidenceSection';
import { InterviewsSection } from '@renderer/features/interviews/InterviewsSection';
import { InterimSection } from './InterimSection';
import { MediationSection } from './MediationSection';
import { NotesSection } from './NotesSection';
import { OutcomeSection } from './OutcomeSection';
import { OverviewSection } from './OverviewSection';
import { PartiesSection } from './PartiesSection';
import { TasksSection } from './TasksSection';
import { TimelineSection } from './TimelineSection';
import { MEDIATION_CASE_TYPE } from './use-mediation';
import { useWorkspace } from './workspace-context';

const sections = [
  { id: 'overview', render: () => <OverviewSection /> },
  { id: 'parties', render: () => <PartiesSection /> },
  { id: 'allegations', render: () => <AllegationsSection /> },
  { id: 'credibility', render: () => <CredibilitySection /> },
  { id: 'evidence', render: () => <EvidenceSection /> },
  { id: 'interviews', render: () => <InterviewsSection /> },
  { id: 'timeline', render: () => <TimelineSection /> },
  { id: 'tasks', render: () => <TasksSection /> },
  { id: 'interim', render: () => <InterimSection /> },
  { id: 'notes', render: () => <NotesSection /> },
  { id: 'outcome', render: () => <OutcomeSection /> },
  { id: 'mediation', render: () => <MediationSection /> },
  { id: 'documents', render: () => <DocumentsSection /> },
] as const;

/** The workspace's sections as tabs (arrow keys move between them, Tab enters the panel). */
export function WorkspaceTabs() {
  const { t } = useTranslation();
  const { doc } = useWorkspace();
  // Mediation cases always have the tab; any other case once a mediation was started for it.
  const hasMediation = doc.type === MEDIATION_CASE_TYPE || doc.mediation !== null;
  const shown = sections.filter((s) => s.id !== 'mediation' || hasMediation);
  return (
    <DocumentDraftsProvider>
      <Tabs className="ws-tabs" defaultSelectedKey="overview">
        <TabList className="ws-tabs__list" aria-label={t('caseWorkspace.sections')}>
          {shown.map((s) => (
            <Tab key={s.id} id={s.id} className="ws-tabs__tab">
              {t(`caseWorkspace.tabs.${s.id}`)}
            </Tab>
          ))}
        </TabList>
        {shown.map((s) => (
          <TabPanel key={s.id} id={s.id} className="ws-tabs__panel">
            {s.render()}
          </TabPanel>
        ))}
      </Tabs>
    </DocumentDraftsProvider>
  );
}
