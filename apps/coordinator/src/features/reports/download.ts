/**
 * Saves an export the api returned (base64, so nothing about the report sits in a URL) as a file:
 * a Blob behind a temporary object URL, clicked on a link that is never shown.
 */
export function saveFile(file: { fileName: string; contentType: string; base64: string }): void {
  const bytes = Uint8Array.from(atob(file.base64), (char) => char.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.contentType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file once the click is handled; the URL is no longer needed after that.
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}
