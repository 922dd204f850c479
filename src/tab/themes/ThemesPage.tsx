import { Field, MessageBar, MessageBarBody, Select } from '@fluentui/react-components';
import type { PageProps } from '../app/page-props';
import { useRouter } from '../app/router/router-context';
import { useCommonStyles } from '../common/common.styles';
import { EmptyState } from '../common/EmptyState';
import { ErrorState } from '../common/ErrorState';
import { PageHeader } from '../common/PageHeader';
import { ResourceView } from '../common/ResourceView';
import { ThemeCard } from './ThemeCard';
import { useCycleThemes } from './use-cycle-themes';
import { useVocabulary } from './use-vocabulary';
import { useThemeStyles } from './themes.styles';
import { VocabularyEditor } from './VocabularyEditor';

/**
 * Learning themes (section 8): a cycle's suggested strengths and areas for development, found
 * in the audits' rationales and evidence, with counts per service and example case numbers; the
 * QA lead confirms, rejects or merges each, and curates the vocabulary they are found with.
 */
export default function ThemesPage({ params }: PageProps) {
  const styles = useCommonStyles();
  const themeStyles = useThemeStyles();
  const { navigate } = useRouter();
  const t = useCycleThemes(params['cycleId']);
  const v = useVocabulary(t.themes.reload);
  const vocabulary = v.vocabulary.status === 'ready' ? v.vocabulary.data.items : [];
  const targetsFor = (themeId: string, kind: string) =>
    vocabulary
      .filter((i) => i.record.id !== themeId && i.record.kind === kind && i.record.active)
      .map((i) => ({ id: i.record.id, label: i.record.label }));
  return (
    <>
      <PageHeader
        title="Learning themes"
        subtitle="Strengths and areas for development across a cycle's audits"
      />
      <ResourceView resource={t.cycles} loadingLabel="Loading cycles…">
        {(data) => (
          <Field label="Cycle">
            <Select
              value={t.chosen ?? ''}
              onChange={(_, d) => {
                navigate(d.value === '' ? '#/themes' : `#/themes/${encodeURIComponent(d.value)}`);
              }}
            >
              <option value="">Choose a cycle…</option>
              {data.items.map((c) => (
                <option key={c.record.id} value={c.record.id}>
                  {c.record.name}
                </option>
              ))}
            </Select>
          </Field>
        )}
      </ResourceView>
      <section className={styles.section} aria-labelledby="suggested-themes">
        <h2 id="suggested-themes" className={styles.sectionTitle}>
          Suggested themes
        </h2>
        {t.done === null ? null : (
          <MessageBar intent="success">
            <MessageBarBody>{t.done}</MessageBarBody>
          </MessageBar>
        )}
        {t.error === null ? null : <ErrorState title="Not decided" error={t.error} />}
        <ResourceView resource={t.themes} loadingLabel="Finding the cycle's themes…">
          {(data) =>
            data === null ? (
              <EmptyState title="Choose a cycle to see its themes." />
            ) : data.themes.length === 0 ? (
              <EmptyState title="No theme of the vocabulary is found in this cycle's submitted audits yet." />
            ) : (
              <>
                <p className={styles.muted}>
                  {data.cycleName}: {data.audits} submitted {data.audits === 1 ? 'audit' : 'audits'}
                  {data.serviceAreaId === null ? '' : ' in your service'}. Case numbers only.
                </p>
                <ul className={themeStyles.list} aria-label={`Themes of ${data.cycleName}`}>
                  {data.themes.map((theme) => (
                    <ThemeCard
                      key={theme.themeId}
                      theme={theme}
                      outOf={data.audits}
                      names={data.names}
                      canDecide={data.canDecide}
                      targets={targetsFor(theme.themeId, theme.kind)}
                      pending={t.pending}
                      onDecide={(step, into) => {
                        void t.decide(theme.themeId, step, into);
                      }}
                    />
                  ))}
                </ul>
              </>
            )
          }
        </ResourceView>
      </section>
      <section className={styles.section} aria-labelledby="theme-vocabulary">
        <h2 id="theme-vocabulary" className={styles.sectionTitle}>
          Theme vocabulary
        </h2>
        <ResourceView resource={v.vocabulary} loadingLabel="Loading the vocabulary…">
          {(data) => (
            <VocabularyEditor
              items={data.items}
              canEdit={data.canEdit}
              pending={v.pending}
              error={v.error}
              done={v.done}
              onSave={v.save}
            />
          )}
        </ResourceView>
      </section>
    </>
  );
}
