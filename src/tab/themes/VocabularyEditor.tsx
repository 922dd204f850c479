import { Badge, Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useId, useState, type ReactNode } from 'react';
import type { LearningThemeDto } from '../../contract/themes';
import { useCommonStyles } from '../common/common.styles';
import { ErrorState } from '../common/ErrorState';
import { serverIssues } from '../common/form-issues';
import { ThemeForm } from './ThemeForm';
import { draftOf, KIND_LABELS, type ThemeDraft } from './themes.types';
import { useBadgeStyles } from '../common/badges.styles';
import { useThemeStyles } from './themes.styles';

export interface VocabularyEditorProps {
  readonly items: readonly LearningThemeDto[];
  readonly canEdit: boolean;
  readonly pending: boolean;
  readonly error: unknown;
  readonly done: string | null;
  readonly onSave: (
    id: string | null,
    version: string | null,
    draft: ThemeDraft,
  ) => Promise<boolean>;
}

function VocabularyItem({
  item,
  editing,
  children,
  onEdit,
}: {
  readonly item: LearningThemeDto;
  readonly editing: boolean;
  readonly children: ReactNode;
  readonly onEdit: (() => void) | null;
}) {
  const styles = useThemeStyles();
  const badge = useBadgeStyles();
  const heading = useId();
  const { record } = item;
  return (
    <li>
      <article className={styles.card} aria-labelledby={heading}>
        <h3 id={heading} className={styles.heading}>
          {record.label}
        </h3>
        <div className={styles.badges}>
          <Badge
            className={badge.badge}
            appearance="tint"
            color={record.kind === 'Strength' ? 'success' : 'warning'}
          >
            {KIND_LABELS[record.kind]}
          </Badge>
          {record.active ? null : (
            <Badge className={badge.badge} appearance="outline" color="informative">
              Inactive
            </Badge>
          )}
        </div>
        <p className={styles.text}>Phrases: {record.phrases.join('; ')}</p>
        {editing ? children : null}
        {editing || onEdit === null ? null : (
          <div>
            <Button onClick={onEdit} aria-label={`Edit ${record.label}`}>
              Edit
            </Button>
          </div>
        )}
      </article>
    </li>
  );
}

/** The theme vocabulary: every theme and its phrases; the QA lead adds, edits and deactivates. */
export function VocabularyEditor(props: VocabularyEditorProps) {
  const { items, canEdit, pending, error, done, onSave } = props;
  const styles = useThemeStyles();
  const common = useCommonStyles();
  const [editing, setEditing] = useState<string | null>(null);
  const fieldIssues = serverIssues(error);
  const above = error !== null && !['label', 'kind', 'phrases'].some((f) => f in fieldIssues);
  return (
    <div className={common.stack}>
      {done === null ? null : (
        <MessageBar intent="success">
          <MessageBarBody>{done}</MessageBarBody>
        </MessageBar>
      )}
      {above ? <ErrorState title="Not saved" error={error} /> : null}
      <ul className={styles.list}>
        {items.map((item) => (
          <VocabularyItem
            key={item.record.id}
            item={item}
            editing={editing === item.record.id}
            onEdit={
              canEdit
                ? () => {
                    setEditing(item.record.id);
                  }
                : null
            }
          >
            <ThemeForm
              key={item.version}
              name={`Edit ${item.record.label}`}
              initial={draftOf(item.record)}
              pending={pending}
              error={error}
              submitLabel="Save theme"
              onSave={async (draft) => {
                const saved = await onSave(item.record.id, item.version, draft);
                if (saved) setEditing(null);
                return saved;
              }}
              onCancel={() => {
                setEditing(null);
              }}
            />
          </VocabularyItem>
        ))}
      </ul>
      {canEdit ? (
        <section className={common.section} aria-labelledby="add-theme">
          <h3 id="add-theme" className={styles.heading}>
            Add a theme
          </h3>
          <ThemeForm
            name="Add a theme"
            initial={draftOf()}
            pending={pending}
            error={editing === null ? error : null}
            submitLabel="Add theme"
            onSave={(draft) => onSave(null, null, draft)}
          />
        </section>
      ) : null}
    </div>
  );
}
