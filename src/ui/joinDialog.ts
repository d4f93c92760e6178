// "Join with a session code": a small DOM dialog over the title screen. The code is checked with
// the seminar layer and any problem is shown in plain words (as text). Its keys never reach the
// scene's shortcuts.

import { common } from '../strings';

export interface JoinDialog {
  close(): void;
  readonly open: boolean;
}

export function openJoinDialog(opts: {
  initial?: string;
  error?: string;
  check: (code: string) => string | null;
  join: (code: string) => void;
  onClose: () => void;
}): JoinDialog {
  document.getElementById('join-dialog')?.remove();
  const box = document.createElement('form');
  box.id = 'join-dialog';
  box.setAttribute('role', 'dialog');
  box.setAttribute('aria-labelledby', 'join-title');
  Object.assign(box.style, {
    position: 'fixed',
    left: '50%',
    top: '50%',
    transform: 'translate(-50%, -50%)',
    width: 'min(42rem, 90vw)',
    background: '#1b2733',
    border: '3px solid #f0e442',
    borderRadius: '10px',
    padding: '1.5rem 2rem',
    zIndex: '10',
    fontSize: '1.2rem',
    color: '#f4f4f0',
  });
  const h = document.createElement('h2');
  h.id = 'join-title';
  h.textContent = common.joinTitle;
  const hint = document.createElement('p');
  hint.textContent = common.joinHint;
  const input = document.createElement('input');
  input.id = 'join-code';
  input.type = 'text';
  input.autocomplete = 'off';
  input.spellcheck = false;
  input.setAttribute('aria-label', common.joinCodeLabel);
  input.value = opts.initial ?? '';
  Object.assign(input.style, {
    width: '100%',
    fontSize: '1.6rem',
    padding: '0.4rem',
    boxSizing: 'border-box',
    fontFamily: 'monospace',
  });
  const error = document.createElement('p');
  error.id = 'join-error';
  error.setAttribute('role', 'alert');
  error.style.color = '#ff8a80';
  error.textContent = opts.error ? common.joinProblem(opts.error) : '';
  const join = document.createElement('button');
  join.type = 'submit';
  join.textContent = common.join;
  const cancel = document.createElement('button');
  cancel.type = 'button';
  cancel.textContent = common.cancel;
  for (const b of [join, cancel])
    Object.assign(b.style, { fontSize: '1.2rem', padding: '0.4rem 1.4rem', marginRight: '1rem' });
  box.append(h, hint, input, error, join, cancel);
  let isOpen = true;
  const close = () => {
    if (!isOpen) return;
    isOpen = false;
    box.remove();
    opts.onClose();
  };
  box.addEventListener('keydown', (e) => {
    e.stopPropagation();
    if (e.key === 'Escape') {
      e.preventDefault();
      close();
    }
  });
  box.addEventListener('submit', (e) => {
    e.preventDefault();
    const code = input.value.trim();
    const problem = opts.check(code);
    if (problem) {
      error.textContent = common.joinProblem(problem);
      input.focus();
      return;
    }
    close();
    opts.join(code);
  });
  cancel.addEventListener('click', close);
  document.body.append(box);
  input.focus();
  return {
    close,
    get open() {
      return isOpen;
    },
  };
}
