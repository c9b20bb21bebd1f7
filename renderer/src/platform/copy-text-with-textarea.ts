// renderer: the old clipboard route for pages where navigator.clipboard is missing (plain HTTP on a LAN address).

/** The part of `document` this needs, so tests can pass a fake. */
export interface CopyDocument {
  createElement(tag: 'textarea'): HTMLTextAreaElement;
  body: { appendChild(node: HTMLTextAreaElement): unknown; removeChild(node: HTMLTextAreaElement): unknown };
  execCommand(command: 'copy'): boolean;
}

export function copyTextWithTextarea(doc: CopyDocument, text: string): void {
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  // Off-screen but still selectable; display:none would make the selection empty.
  area.style.position = 'fixed';
  area.style.top = '-1000px';
  area.style.opacity = '0';
  doc.body.appendChild(area);
  try {
    area.select();
    if (!doc.execCommand('copy')) throw new Error('The browser refused to copy to the clipboard');
  } finally {
    doc.body.removeChild(area);
  }
}
