import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { DrawExplanation } from '../../domain/allocation/explain-draw';
import { useCommonStyles } from '../common/common.styles';

/** The preview's figures in words: the moderated share and why, and every replaced case. */
export function DrawExplanationView({ explanation }: { readonly explanation: DrawExplanation }) {
  const styles = useCommonStyles();
  return (
    <div className={styles.stack}>
      <MessageBar intent="info">
        <MessageBarBody>{explanation.summary}</MessageBarBody>
      </MessageBar>
      {explanation.reaudits.length === 0 ? null : (
        <section aria-labelledby="reaudits">
          <h3 id="reaudits">Re-audits</h3>
          <ul>
            {explanation.reaudits.map((sentence) => (
              <li key={sentence}>{sentence}</li>
            ))}
          </ul>
        </section>
      )}
      {explanation.replacements.length === 0 ? null : (
        <section aria-labelledby="replacements">
          <h3 id="replacements">Cases replaced to balance auditor load</h3>
          <ul>
            {explanation.replacements.map((sentence) => (
              <li key={sentence}>{sentence}</li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
