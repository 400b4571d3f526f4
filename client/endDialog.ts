import { h } from './dom.js';

/**
 * The "End this session?" confirmation, a modal <dialog>: Escape cancels natively, focus starts
 * on "Keep talking" and goes back to `returnFocus` when the trainee keeps talking.
 */
export function createEndDialog(
  name: string,
  onConfirm: () => void,
  returnFocus: () => HTMLElement,
): HTMLDialogElement {
  const dialog: HTMLDialogElement = h(
    'dialog',
    { class: 'confirm', attrs: { 'aria-labelledby': 'confirm-title', 'aria-describedby': 'confirm-text' } },
    h('h2', { attrs: { id: 'confirm-title' } }, 'End this session?'),
    h(
      'p',
      { attrs: { id: 'confirm-text' } },
      `The conversation with ${name} stops here and you will see your debrief. You cannot carry on afterwards.`,
    ),
    h(
      'div',
      { class: 'dialog-buttons' },
      h(
        'button',
        { attrs: { type: 'button', autofocus: true }, on: { click: () => dialog.close() } },
        'Keep talking',
      ),
      h(
        'button',
        {
          class: 'danger',
          attrs: { type: 'button' },
          on: {
            click: () => {
              dialog.close('end');
              onConfirm();
            },
          },
        },
        'End and see debrief',
      ),
    ),
  );
  dialog.addEventListener('close', () => {
    if (dialog.returnValue !== 'end') returnFocus().focus();
  });
  return dialog;
}
