/** One filter value as the search page shows it: the same markup as FacetFieldset.astro renders. */
export function facetItem(key: string, value: string, label: string, total: number): HTMLLIElement {
  const item = document.createElement('li');
  item.dataset.value = value;
  item.dataset.total = String(total);
  const wrapper = document.createElement('label');
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.name = key;
  box.value = value;
  const name = document.createElement('span');
  name.className = 'facet-label';
  name.textContent = label;
  const count = document.createElement('span');
  count.className = 'facet-count';
  const number = document.createElement('span');
  number.dataset.count = '';
  number.textContent = String(total);
  const unit = document.createElement('span');
  unit.className = 'visually-hidden';
  unit.textContent = ' results';
  count.append(number, unit);
  wrapper.append(box, name, count);
  item.append(wrapper);
  return item;
}
