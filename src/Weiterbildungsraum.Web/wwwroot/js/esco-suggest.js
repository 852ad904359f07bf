// Suggestions from the ESCO taxonomy while typing in the competency form. Without this script the
// "In ESCO suchen" button posts the form and the server lists the same hits.
(() => {
  const box = document.querySelector('[data-esco-search]');
  const hits = document.getElementById('esco-hits');
  const status = document.getElementById('esco-status');
  if (!box || !hits || !status) return;
  const input = box.querySelector('input[type=search]');
  let timer;
  let controller;
  let counter = 0;

  const chosen = () => new Set(Array.from(document.querySelectorAll('input[name="Input.EscoUris"]')).map(i => i.value));

  const item = (concept) => {
    const id = `esco-suggestion-${++counter}`;
    const li = document.createElement('li');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.name = 'Input.EscoUris';
    box.value = concept.uri;
    box.id = id;
    const label = document.createElement('label');
    label.htmlFor = id;
    label.append(concept.label + ' ');
    const uri = document.createElement('span');
    uri.className = 'small muted';
    uri.textContent = concept.uri;
    label.append(uri);
    li.append(box, label);
    return li;
  };

  const render = (concepts, query) => {
    const kept = Array.from(hits.querySelectorAll('li')).filter(li => li.querySelector('input:checked'));
    const known = chosen();
    const list = document.createElement('ul');
    list.className = 'esco-list';
    kept.forEach(li => list.append(li));
    const fresh = concepts.filter(c => !known.has(c.uri));
    fresh.forEach(c => list.append(item(c)));
    hits.replaceChildren(list);
    status.textContent = fresh.length === 0
      ? `Keine weiteren Treffer in ESCO zu „${query}“.`
      : `${fresh.length} Vorschläge aus ESCO zu „${query}“ – zum Verknüpfen ankreuzen und speichern.`;
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const query = input.value.trim();
    if (query.length < 2) return;
    timer = setTimeout(async () => {
      if (controller) controller.abort();
      controller = new AbortController();
      try {
        const response = await fetch(`/api/v1/esco/concepts?kind=Skill&limit=10&q=${encodeURIComponent(query)}`,
          { signal: controller.signal, headers: { Accept: 'application/json' } });
        if (response.ok) render(await response.json(), query);
      } catch (error) {
        if (error.name !== 'AbortError') status.textContent = 'Die Vorschläge sind gerade nicht erreichbar; die Suche per Knopf funktioniert weiter.';
      }
    }, 250);
  });
})();
