import type {
  DocumentLibrary,
  DocumentVersion,
  SavedDocument,
} from '../../domain/ports/document-library';
import type { Graph } from '../graph/graph';

interface DriveItem {
  readonly id: string;
  readonly name: string;
  readonly size?: number;
  readonly lastModifiedDateTime?: string;
  readonly webUrl?: string;
  readonly file?: unknown;
  readonly parentReference?: { readonly path?: string };
  readonly '@microsoft.graph.downloadUrl'?: string;
}

/** A path's segments for a drive address, each encoded (names may hold spaces and commas). */
const pathOf = (segments: readonly string[]) => segments.map(encodeURIComponent).join('/');

/** `parentReference.path` is "/drive/root:/A/B" (or "/drives/{id}/root:/A/B"). */
const folderOf = (item: DriveItem) =>
  decodeURIComponent((item.parentReference?.path ?? '').replace(/^.*?root:\/?/, ''));

/**
 * The site's document library through Graph. Saving is a PUT of the content to
 * `root:/{path}:/content`, which makes the folders it needs and replaces an existing file as a
 * new version (https://learn.microsoft.com/en-us/graph/api/driveitem-put-content?view=graph-rest-1.0,
 * up to 250 MB); the version is read from the file's versions
 * (https://learn.microsoft.com/en-us/graph/api/driveitem-list-versions?view=graph-rest-1.0), and
 * content from its pre-authenticated download URL
 * (https://learn.microsoft.com/en-us/graph/api/driveitem-get-content?view=graph-rest-1.0).
 */
export class GraphDocumentLibrary implements DocumentLibrary {
  constructor(
    private readonly graph: Graph,
    private readonly siteId: string,
  ) {}

  private get drive() {
    return `/sites/${this.siteId}/drive`;
  }

  async save(
    folder: readonly string[],
    name: string,
    content: Uint8Array,
    contentType: string,
  ): Promise<SavedDocument> {
    const { body } = await this.graph.send(
      {
        method: 'PUT',
        url: `${this.drive}/root:/${pathOf([...folder, name])}:/content`,
        headers: { 'Content-Type': contentType },
        body: Buffer.from(content),
      },
      `save ${name} in the document library`,
    );
    return this.saved(body as DriveItem);
  }

  async list(folder: readonly string[]): Promise<SavedDocument[]> {
    const response = await this.graph.sendUnchecked({
      method: 'GET',
      url: `${this.drive}/root:/${pathOf(folder)}:/children?$top=200`,
    });
    if (response.status === 404) return [];
    const { body } = await this.graph.send(
      { method: 'GET', url: `${this.drive}/root:/${pathOf(folder)}:/children?$top=200` },
      'list the documents of a folder',
    );
    const items = (body as { value: DriveItem[] }).value.filter((i) => i.file !== undefined);
    return Promise.all(items.map((i) => this.saved(i)));
  }

  async get(itemId: string): Promise<SavedDocument | null> {
    const response = await this.graph.sendUnchecked({
      method: 'GET',
      url: `${this.drive}/items/${encodeURIComponent(itemId)}`,
    });
    if (response.status === 404) return null;
    const { body } = await this.graph.send(
      { method: 'GET', url: `${this.drive}/items/${encodeURIComponent(itemId)}` },
      'read a document',
    );
    const item = body as DriveItem;
    return item.file === undefined ? null : this.saved(item);
  }

  async read(itemId: string): Promise<Uint8Array> {
    const { body } = await this.graph.send(
      { method: 'GET', url: `${this.drive}/items/${encodeURIComponent(itemId)}` },
      'read a document',
    );
    const link = (body as DriveItem)['@microsoft.graph.downloadUrl'];
    if (link === undefined) throw new Error('The document has no download link.');
    // The link is pre-authenticated: it is fetched without the app's token.
    const response = await fetch(link);
    if (!response.ok)
      throw new Error(`The document could not be downloaded (${String(response.status)}).`);
    return new Uint8Array(await response.arrayBuffer());
  }

  async versions(itemId: string): Promise<DocumentVersion[]> {
    const { body } = await this.graph.send(
      { method: 'GET', url: `${this.drive}/items/${encodeURIComponent(itemId)}/versions` },
      'read the versions of a document',
    );
    return (
      body as { value: { id: string; size?: number; lastModifiedDateTime?: string }[] }
    ).value.map((v) => ({ id: v.id, size: v.size ?? 0, savedAt: v.lastModifiedDateTime ?? '' }));
  }

  private async saved(item: DriveItem): Promise<SavedDocument> {
    const versions = await this.versions(item.id);
    return {
      itemId: item.id,
      name: item.name,
      folder: folderOf(item),
      size: item.size ?? 0,
      version: versions[0]?.id ?? '1.0',
      savedAt: item.lastModifiedDateTime ?? '',
      webUrl: item.webUrl ?? '',
    };
  }
}
