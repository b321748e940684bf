/**
 * The exported page's only script (browser code), inlined into the page and allowed by its
 * hash: esbuild.mjs bundles it into chartScript.generated.ts as text. It reads the chart's
 * data attributes and toggles classes: it never writes markup, never evaluates text, and
 * roadmap text never reaches it except as attribute values it compares.
 *
 * It also keeps a copy of the axis in view while a tall chart scrolls.
 *
 * Keys on a focused initiative: Up/Down (and Home/End) move between initiatives,
 * Left/Right go to a prerequisite/dependant, Enter or Space pins the highlight of the
 * initiative and its dependency arrows, Escape clears it.
 */

type Initiative = SVGElement;

/**
 * A tall chart's axis scrolls away: show its copy at the top of the window meanwhile,
 * scrolled sideways with the chart (a layered chart keeps its size and scrolls). Returns
 * what keeps an element scrolled to clear of that copy.
 */
function keepAxisInView(chart: Element): (element: Element) => void {
  const sticky = document.querySelector('.axis-sticky');
  const axis = chart.querySelector('.axis');
  const box = chart.parentElement;
  const frame = sticky?.querySelector('.axis-frame');
  if (!sticky || !axis || !box || !frame) return () => {};
  box.addEventListener(
    'scroll',
    () => {
      frame.scrollLeft = box.scrollLeft;
    },
    { passive: true },
  );
  let queued = false;
  const stuck = (): boolean => {
    const axisBox = axis.getBoundingClientRect();
    return axisBox.bottom < 0 && chart.getBoundingClientRect().bottom > 2 * axisBox.height;
  };
  const update = (): void => {
    queued = false;
    sticky.classList.toggle('is-stuck', stuck());
  };
  window.addEventListener(
    'scroll',
    () => {
      if (!queued) {
        queued = true;
        window.requestAnimationFrame(update);
      }
    },
    { passive: true },
  );
  update();
  return (element) => {
    if (!stuck()) return;
    const covered = frame.getBoundingClientRect().height;
    const top = element.getBoundingClientRect().top;
    if (top < covered) window.scrollBy(0, top - covered);
  };
}

function groupOf(target: EventTarget | null): Initiative | null {
  return target instanceof Element ? target.closest<Initiative>('.initiative[tabindex]') : null;
}

function follow(svg: Element): void {
  const clearOfAxis = keepAxisInView(svg);
  const items = Array.from(svg.querySelectorAll<Initiative>('.initiative[tabindex]'));
  const arrows = Array.from(svg.querySelectorAll('path[data-dependency]'));
  const byId = new Map<string, Initiative>();
  for (const g of items) {
    const id = g.getAttribute('data-initiative-id');
    if (id !== null && !byId.has(id)) byId.set(id, g);
  }
  let pinned: Initiative | null = null;

  const clear = (): void => {
    svg.classList.remove('has-focus');
    for (const el of Array.from(svg.querySelectorAll('.is-related'))) el.classList.remove('is-related');
  };

  const byAttribute = (arrow: Element, attribute: string): Initiative | undefined => {
    const id = arrow.getAttribute(attribute);
    return id === null ? undefined : byId.get(id);
  };

  const neighbours = (group: Initiative, attribute: string, other: string): Initiative[] => {
    const id = group.getAttribute('data-initiative-id');
    return arrows
      .filter((a) => a.getAttribute(attribute) === id)
      .map((a) => byAttribute(a, other))
      .filter((g): g is Initiative => g !== undefined);
  };

  const highlight = (group: Initiative | null): void => {
    clear();
    if (!group) return;
    const id = group.getAttribute('data-initiative-id');
    svg.classList.add('has-focus');
    group.classList.add('is-related');
    if (id === null) return;
    for (const a of arrows) {
      const prerequisite = a.getAttribute('data-prerequisite') === id;
      if (!prerequisite && a.getAttribute('data-dependant') !== id) continue;
      a.classList.add('is-related');
      byAttribute(a, prerequisite ? 'data-dependant' : 'data-prerequisite')?.classList.add('is-related');
    }
  };

  const moveTo = (group: Initiative | null | undefined): void => {
    if (!group) return;
    group.focus();
    group.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    clearOfAxis(group);
  };

  const pin = (group: Initiative): void => {
    pinned?.setAttribute('aria-pressed', 'false');
    pinned = pinned === group ? null : group;
    pinned?.setAttribute('aria-pressed', 'true');
    highlight(pinned ?? group);
  };

  for (const g of items) g.setAttribute('aria-pressed', 'false');
  svg.addEventListener('mouseover', (event) => {
    const group = groupOf(event.target);
    if (group) highlight(group);
  });
  svg.addEventListener('mouseleave', () => {
    highlight(pinned ?? groupOf(document.activeElement));
  });
  svg.addEventListener('focusin', (event) => {
    highlight(groupOf(event.target));
  });
  svg.addEventListener('focusout', (event) => {
    if (!groupOf((event as FocusEvent).relatedTarget)) highlight(pinned);
  });
  svg.addEventListener('click', (event) => {
    const group = groupOf(event.target);
    if (group && !(event.target instanceof Element && event.target.closest('a'))) pin(group);
  });
  svg.addEventListener('keydown', (event) => {
    const key = (event as KeyboardEvent).key;
    const group = groupOf(event.target);
    if (!group) return;
    const index = items.indexOf(group);
    let next: Initiative | null | undefined = null;
    switch (key) {
      case 'ArrowDown':
        next = items[Math.min(index + 1, items.length - 1)];
        break;
      case 'ArrowUp':
        next = items[Math.max(index - 1, 0)];
        break;
      case 'Home':
        next = items[0];
        break;
      case 'End':
        next = items[items.length - 1];
        break;
      case 'ArrowLeft':
        next = neighbours(group, 'data-dependant', 'data-prerequisite')[0];
        break;
      case 'ArrowRight':
        next = neighbours(group, 'data-prerequisite', 'data-dependant')[0];
        break;
      case 'Enter':
      case ' ':
        event.preventDefault();
        pin(group);
        return;
      case 'Escape':
        if (pinned) pin(pinned);
        return;
      default:
        return;
    }
    event.preventDefault();
    moveTo(next);
  });
}

// One SVG, or a layered chart's container of several (layeredChart.ts).
const chart = document.querySelector('.chart > .cx-gantt');
if (chart) follow(chart);
