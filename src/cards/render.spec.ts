// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { buildCard } from './index';
import { ALL_SAMPLES, sampleName } from './testing/samples';
import { buttonTitles, press, renderCard } from './testing/render';

const samples = ALL_SAMPLES.map((model, index) => [sampleName(model, index), model] as const);

describe('every card renders with the adaptivecards renderer', () => {
  it.each(samples)('%s renders, parses cleanly and shows its buttons', async (_name, model) => {
    const card = buildCard(model);
    const rendered = await renderCard(card);
    expect(rendered.element).toBeDefined();
    expect(rendered.problems).toEqual([]);
    const titles = buttonTitles(rendered);
    for (const action of card.actions ?? []) expect(titles).toContain(action.title);
    for (const action of card.actions ?? [])
      if (action.type === 'Action.ShowCard') {
        const shown = buttonTitles(press(rendered, action.title));
        for (const inner of action.card.actions) expect(shown).toContain(inner.title);
      }
  });
});
