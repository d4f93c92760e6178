// Files in and out of the browser: a download made from text (a Blob and an <a download>), and a
// file input (DOM, so it works with the keyboard and assistive technology) that reads one text file.

import { common } from '../strings';

/** Offers `text` as a file named `name`. */
export function downloadText(doc: Document, name: string, text: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${mime};charset=utf-8` }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.style.display = 'none';
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export interface FilePicker {
  /** Opens the browser's file dialog. */
  open(): void;
  /** Removes the input and its listener. */
  release(): void;
}

/**
 * A visually hidden file input with an accessible name; `onText` receives each chosen file's text
 * (or an error message when it cannot be read).
 */
export function filePicker(
  doc: Document,
  id: string,
  label: string,
  accept: string,
  onText: (text: string, name: string) => void,
  onError: (message: string) => void,
): FilePicker {
  doc.getElementById(id)?.remove();
  const input = doc.createElement('input');
  input.type = 'file';
  input.id = id;
  input.accept = accept;
  input.className = 'visually-hidden';
  input.setAttribute('aria-label', label);
  const onChange = () => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    file.text().then(
      (text) => onText(text, file.name),
      () => onError(common.fileUnreadable(file.name)),
    );
  };
  input.addEventListener('change', onChange);
  (doc.querySelector('main') ?? doc.body).append(input); // inside the landmark (axe: region)
  return {
    open: () => input.click(),
    release: () => {
      input.removeEventListener('change', onChange);
      input.remove();
    },
  };
}
