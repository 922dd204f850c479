/** The Microsoft pages the conformance tests hold the emulator to, by short name. */
const graph = (page: string) =>
  `https://learn.microsoft.com/en-us/graph/${page}?view=graph-rest-1.0`;

export const DOCS = {
  errors: 'https://learn.microsoft.com/en-us/graph/errors',
  queryParameters: 'https://learn.microsoft.com/en-us/graph/query-parameters',
  siteGet: graph('api/site-get'),
  listGet: graph('api/list-get'),
  listItemList: graph('api/listitem-list'),
  listItemGet: graph('api/listitem-get'),
  listItemDelta: graph('api/listitem-delta'),
  batching: 'https://learn.microsoft.com/en-us/graph/json-batching',
  throttlingSharePoint:
    'https://learn.microsoft.com/en-us/sharepoint/dev/general-development/how-to-avoid-getting-throttled-or-blocked-in-sharepoint-online',
  driveGet: graph('api/drive-get'),
  listChildren: graph('api/driveitem-list-children'),
  putContent: graph('api/driveitem-put-content'),
  uploadSession: graph('api/driveitem-createuploadsession'),
  getContent: graph('api/driveitem-get-content'),
  deleteItem: graph('api/driveitem-delete'),
  driveItem: graph('api/resources/driveitem'),
  listVersions: graph('api/driveitem-list-versions'),
  versionContent: graph('api/driveitemversion-get-contents'),
} as const;
