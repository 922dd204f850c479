// @vitest-environment jsdom
import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChoiceField, choicesOf } from './ChoiceField';

afterEach(cleanup);

const SENTIMENTS = ['Positive', 'Negative'] as const;
const LABELS = { Positive: 'Positive feedback', Negative: 'Negative feedback' };

describe('ChoiceField', () => {
  it('offers every choice by its label after a "Choose…" placeholder', () => {
    render(
      <FluentProvider theme={teamsLightTheme}>
        <ChoiceField
          label="Sentiment"
          value=""
          choices={choicesOf(SENTIMENTS, LABELS)}
          onChange={() => undefined}
        />
      </FluentProvider>,
    );
    const select = screen.getByRole('combobox', { name: 'Sentiment' });
    expect([...select.querySelectorAll('option')].map((o) => o.textContent)).toEqual([
      'Choose…',
      'Positive feedback',
      'Negative feedback',
    ]);
  });

  it('reports the chosen value, and its own validation message', () => {
    const onChange = vi.fn();
    render(
      <FluentProvider theme={teamsLightTheme}>
        <ChoiceField
          label="Sentiment"
          required
          issue="Choose a sentiment"
          value=""
          choices={choicesOf(SENTIMENTS, LABELS)}
          onChange={onChange}
        />
      </FluentProvider>,
    );
    fireEvent.change(screen.getByRole('combobox', { name: /Sentiment/ }), {
      target: { value: 'Negative' },
    });
    expect(onChange).toHaveBeenCalledWith('Negative');
    expect(screen.getByText('Choose a sentiment')).toBeTruthy();
  });
});
