import { makeStyles, tokens } from '@fluentui/react-components';
import { NARROW } from '../breakpoints';

export const useDataTableStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  toolbar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
  },
  scroller: { overflowX: 'auto' },
  // On a phone the grid is 8rem a column (`--columns`, set on it), wider than the screen, and
  // scrolls, rather than squeezing its columns until words and badges run into the next one.
  grid: { [NARROW]: { minWidth: 'calc(var(--columns) * 8rem)' } },
  pager: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'flex-end',
    gap: tokens.spacingHorizontalS,
  },
  count: { color: tokens.colorNeutralForeground2 },
});
