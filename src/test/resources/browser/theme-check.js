// The theme as the browser applied it (LookAndBehaviourBrowserTest, issue 16 item 12): the CSS custom properties
// (tokens) that rules matching an element of this page read through var() without any fallback left, and the
// font families of the page's text elements. State selectors (:hover, :focus, ...) and pseudo-elements are
// dropped, so the rules of those states count for the elements they would style. Private tokens (--_...) are set
// by the components themselves in those states and are left out.
const dynamic = /:(hover|focus-visible|focus-within|focus|active|visited|checked|disabled|invalid|placeholder-shown|indeterminate|read-only|required|link|target)\b|::[a-z-]+(\([^)]*\))?/g;
function varsIn(value) {
  const out = [];
  let i = 0;
  while ((i = value.indexOf('var(', i)) >= 0) {
    let depth = 0, j = i;
    for (; j < value.length; j++) {
      if (value[j] === '(') depth++;
      else if (value[j] === ')') { depth--; if (depth === 0) break; }
    }
    out.push(value.substring(i, j + 1));
    i = j + 1;
  }
  return out;
}
function parseVar(expr) {
  const inner = expr.slice(4, -1);
  const comma = inner.indexOf(',');
  return comma < 0 ? {name: inner.trim(), fallback: null}
                   : {name: inner.slice(0, comma).trim(), fallback: inner.slice(comma + 1).trim()};
}
const undefinedTokens = {};
function walk(rules) {
  for (const rule of rules) {
    if (!(rule instanceof CSSStyleRule)) {
      if (rule instanceof CSSMediaRule && !matchMedia(rule.conditionText).matches) continue;
      if (rule.cssRules) walk(rule.cssRules);
      continue;
    }
    let elements;
    try {
      const selector = rule.selectorText.replace(dynamic, '').split(',').map(s => s.trim() || '*').join(',');
      elements = [...document.querySelectorAll(selector)];
    } catch (e) { continue; }
    if (!elements.length) continue;
    for (let k = 0; k < rule.style.length; k++) {
      const property = rule.style[k];
      if (property.startsWith('--')) continue;
      for (const reference of varsIn(rule.style.getPropertyValue(property))) {
        const first = parseVar(reference).name;
        if (first.startsWith('--_')) continue;
        for (const element of elements) {
          const style = getComputedStyle(element);
          let v = parseVar(reference);
          while (style.getPropertyValue(v.name).trim() === '' && v.fallback && v.fallback.startsWith('var(')) {
            v = parseVar(v.fallback);
          }
          if (style.getPropertyValue(v.name).trim() === '' && !v.fallback) {
            undefinedTokens[first] = property + ' of ' + rule.selectorText.slice(0, 80);
          }
        }
      }
    }
  }
}
for (const sheet of document.styleSheets) walk(sheet.cssRules);
const fonts = {};
for (const e of document.querySelectorAll('body, h1, h2, h3, h4, p, li, dt, dd, th, td, label, legend, input:not([type=hidden]), select, textarea, button, a')) {
  const family = getComputedStyle(e).fontFamily;
  (fonts[family] ||= []).push(e.tagName.toLowerCase());
}
const linkColours = [...document.querySelectorAll('a')].map(a => getComputedStyle(a).color);
const current = document.querySelector('nav a[aria-current=page]');
return {
  undefinedTokens: Object.entries(undefinedTokens).map(([token, where]) => token + ' (' + where + ')'),
  fonts: Object.entries(fonts).map(([family, tags]) => family + ': ' + [...new Set(tags)].join(' ')),
  linkColours: [...new Set(linkColours)],
  current: current ? {text: current.textContent.trim(), weight: getComputedStyle(current).fontWeight,
                      line: getComputedStyle(current).textDecorationLine} : null
};
