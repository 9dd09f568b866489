/**
 * Copy buttons for text already on the page (the citations): each `button[data-copy]` is hidden until
 * this runs, then copies the text of the element it names and says so in the nearest status region.
 */
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  const target = document.getElementById(button.dataset.copy ?? '');
  // No clipboard (an insecure origin, an old browser): the text stays selectable, without a button.
  if (!target || !navigator.clipboard) continue;
  button.hidden = false;
  button.addEventListener('click', async () => {
    const status = button.closest('section')?.querySelector('[role="status"]');
    try {
      await navigator.clipboard.writeText(target.textContent ?? '');
      if (status) status.textContent = `${button.textContent?.trim().replace(/^Copy /, '')} copied.`;
    } catch {
      if (status) status.textContent = 'Could not copy: select the text and copy it instead.';
    }
  });
}
