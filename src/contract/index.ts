/**
 * The API contract shared by the server and the tab: request bodies and response DTOs of every
 * endpoint under /api. Types only (plus the scope lists); add to it, never break it.
 */
export * from './errors';
export * from './common';
export * from './identity';
export * from './organisation';
export * from './audits';
export * from './actions';
export * from './home';
export * from './cycles';
export * from './reaudits';
export * from './dashboard';
export * from './registers';
export * from './routes';
export * from './activity';
export * from './register-import';
export * from './reviews';
export * from './reports';
export * from './themes';
export * from './audit-quality';
