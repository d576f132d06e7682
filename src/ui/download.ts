/** Hands the browser a file to save: nothing leaves the machine. */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  // Some browsers start the download after the click returns: keep the file a while.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
