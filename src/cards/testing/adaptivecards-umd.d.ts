// The UMD build of `adaptivecards` (its ESM build cannot be loaded by Node); typed as the
// package's own declarations. Used only by tests that render cards in jsdom.
declare module 'adaptivecards/dist/adaptivecards.js' {
  const AdaptiveCards: typeof import('adaptivecards');
  export default AdaptiveCards;
}
