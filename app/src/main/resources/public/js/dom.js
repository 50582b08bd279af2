// Building DOM from data. Text from the server (vessel names, call signs, destinations, user names,
// audit details) is hostile: it only ever becomes a text node or a plain attribute value, never markup.

/**
 * Creates an element. `props` may hold `text` (set as textContent), `className`, `attrs` (set with
 * setAttribute; event-handler attributes are refused) and `on` (event listeners).
 */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  if (props.text !== undefined && props.text !== null) node.textContent = String(props.text);
  if (props.className) node.className = props.className;
  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    if (/^on/i.test(name)) throw new Error(`refusing event-handler attribute ${name}`);
    if (value !== undefined && value !== null && value !== false) node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const [type, listener] of Object.entries(props.on ?? {})) node.addEventListener(type, listener);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Removes every child of `node`. */
export function clear(node) {
  node.replaceChildren();
}

/** Shorthand for document.getElementById that fails loudly when the page lacks the element. */
export function byId(id) {
  const node = document.getElementById(id);
  if (!node) throw new Error(`the page has no element #${id}`);
  return node;
}

/** Makes `button` show and hide `section`, saying which in aria-pressed. */
export function bindToggle(button, section) {
  button.addEventListener('click', () => {
    const open = section.hidden;
    section.hidden = !open;
    button.setAttribute('aria-pressed', String(open));
  });
}
