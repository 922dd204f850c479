/**
 * The subset of Adaptive Card 1.5 that Audit Loop's cards use, typed so a builder cannot emit a
 * property the schema does not know. Names and shapes follow the official schema
 * (src/cards/schema/adaptive-card-1.5.0.json).
 */

export const CARD_SCHEMA = 'http://adaptivecards.io/schemas/adaptive-card.json';
export const CARD_VERSION = '1.5';

export type Spacing = 'none' | 'small' | 'default' | 'medium' | 'large' | 'extraLarge';
export type TextColor = 'default' | 'accent' | 'good' | 'warning' | 'attention';
export type ContainerStyle = 'default' | 'emphasis' | 'good' | 'attention' | 'warning' | 'accent';

export interface TextBlock {
  readonly type: 'TextBlock';
  readonly text: string;
  readonly wrap: true;
  readonly style?: 'default' | 'heading';
  readonly size?: 'small' | 'default' | 'medium' | 'large';
  readonly weight?: 'default' | 'bolder';
  readonly color?: TextColor;
  readonly isSubtle?: boolean;
  readonly spacing?: Spacing;
  readonly separator?: boolean;
}

export interface Fact {
  readonly title: string;
  readonly value: string;
}

export interface FactSet {
  readonly type: 'FactSet';
  readonly facts: readonly Fact[];
  readonly spacing?: Spacing;
}

export interface Container {
  readonly type: 'Container';
  readonly items: readonly CardElement[];
  readonly style?: ContainerStyle;
  readonly spacing?: Spacing;
  readonly separator?: boolean;
}

interface InputBase {
  readonly id: string;
  readonly label: string;
  readonly isRequired?: boolean;
  readonly errorMessage?: string;
  readonly spacing?: Spacing;
}

export interface InputText extends InputBase {
  readonly type: 'Input.Text';
  readonly isMultiline?: boolean;
  readonly maxLength?: number;
  readonly placeholder?: string;
  readonly value?: string;
}

export interface InputDate extends InputBase {
  readonly type: 'Input.Date';
  /** YYYY-MM-DD. */
  readonly min?: string;
  readonly max?: string;
  readonly value?: string;
}

export type CardInput = InputText | InputDate;
export type CardElement = TextBlock | FactSet | Container | CardInput;

/** What every Action.Execute carries: the record it was built from, and that record's version. */
export type ExecuteData = Readonly<Record<string, string>>;

export interface ExecuteAction {
  readonly type: 'Action.Execute';
  readonly title: string;
  readonly verb: string;
  readonly data: ExecuteData;
  readonly style?: 'default' | 'positive' | 'destructive';
  readonly tooltip?: string;
}

export interface OpenUrlAction {
  readonly type: 'Action.OpenUrl';
  readonly title: string;
  readonly url: string;
  readonly tooltip?: string;
}

export interface ShowCardAction {
  readonly type: 'Action.ShowCard';
  readonly title: string;
  readonly card: ShownCard;
  readonly tooltip?: string;
}

export type CardAction = ExecuteAction | OpenUrlAction | ShowCardAction;

/** The card an Action.ShowCard reveals: no version, refresh or fallback of its own. */
export interface ShownCard {
  readonly type: 'AdaptiveCard';
  readonly body: readonly CardElement[];
  readonly actions: readonly CardAction[];
}

export interface Refresh {
  readonly action: ExecuteAction;
  /** Teams user MRIs for whom the client refreshes automatically (Teams honours at most 60). */
  readonly userIds: readonly string[];
}

export interface AdaptiveCard {
  readonly $schema: typeof CARD_SCHEMA;
  readonly type: 'AdaptiveCard';
  readonly version: typeof CARD_VERSION;
  /** Shown by clients that cannot render the card, and on lock screens: never sensitive. */
  readonly fallbackText: string;
  /** Read aloud by assistive clients: never sensitive. */
  readonly speak: string;
  readonly body: readonly CardElement[];
  readonly actions?: readonly CardAction[];
  readonly refresh?: Refresh;
  /**
   * Teams: the card takes the chat's full width
   * (https://learn.microsoft.com/en-us/microsoftteams/platform/task-modules-and-cards/cards/cards-format#full-width-adaptive-card).
   */
  readonly msteams: { readonly width: 'Full' };
}

/** The text a bot puts on the activity that carries a card (notification and feed preview). */
export interface NotificationPreview {
  readonly summary: string;
  readonly text: string;
}
