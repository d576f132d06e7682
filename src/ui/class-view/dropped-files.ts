import { takesFile } from './model.ts';

export interface PickedFile {
  name: string;
  file: File;
}

/**
 * What a drop holds, folders walked to the end. Entries must be taken from the event at once:
 * the browser empties the DataTransfer when the handler returns.
 */
export async function droppedFiles(data: DataTransfer | null): Promise<PickedFile[]> {
  if (!data) return [];
  const entries = [...data.items]
    .filter((item) => item.kind === 'file')
    .map((item) => item.webkitGetAsEntry?.() ?? null);
  if (entries.length === 0 || entries.some((e) => e === null))
    return [...data.files].map((file) => ({ name: file.name, file }));
  const out: PickedFile[] = [];
  const walk = async (entry: FileSystemEntry, inFolder: boolean): Promise<void> => {
    if (entry.isFile) {
      if (!takesFile(entry.name, inFolder)) return;
      const file = await new Promise<File>((resolve, reject) =>
        (entry as FileSystemFileEntry).file(resolve, reject),
      );
      out.push({ name: entry.fullPath.replace(/^\//, '') || entry.name, file });
      return;
    }
    if (entry.isDirectory) {
      const reader = (entry as FileSystemDirectoryEntry).createReader();
      // readEntries gives at most 100 entries a call: read until it returns none.
      for (;;) {
        const batch = await new Promise<FileSystemEntry[]>((resolve, reject) =>
          reader.readEntries(resolve, reject),
        );
        if (batch.length === 0) break;
        for (const child of batch) await walk(child, true);
      }
    }
  };
  for (const entry of entries) if (entry) await walk(entry, false);
  return out;
}

/** The files of a file input; a folder input keeps each file's path inside the folder. */
export function pickedFiles(input: HTMLInputElement, inFolder: boolean): PickedFile[] {
  return [...(input.files ?? [])]
    .filter((file) => takesFile(file.name, inFolder))
    .map((file) => ({ name: (inFolder && file.webkitRelativePath) || file.name, file }));
}
