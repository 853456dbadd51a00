import { AboutSection } from './AboutSection';
import { AppearanceSection } from './AppearanceSection';
import { CasesSection } from './CasesSection';
import { DocumentsSection } from './DocumentsSection';
import { GuidesSection } from './GuidesSection';
import { LanguageSection } from './LanguageSection';
import { PrivacySection } from './PrivacySection';
import { VaultSection } from './VaultSection';
import './settings.css';

export function SettingsScreen() {
  return (
    <div className="screen screen--settings">
      <AppearanceSection />
      <PrivacySection />
      <VaultSection />
      <CasesSection />
      <DocumentsSection />
      <GuidesSection />
      <LanguageSection />
      <AboutSection />
    </div>
  );
}
