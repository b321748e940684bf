/**
 * The exported page's only script, allowed by its hash. It reads the chart's data
 * attributes and toggles classes: it never writes markup, never evaluates text, and
 * roadmap text never reaches it except as attribute values it compares.
 *
 * It also keeps a copy of the axis in view while a tall chart scrolls.
 *
 * Keys on a focused initiative: Up/Down (and Home/End) move between initiatives,
 * Left/Right go to a prerequisite/dependant, Enter or Space pins the highlight of the
 * initiative and its dependency arrows, Escape clears it.
 */
export const CHART_SCRIPT = `
(function () {
  'use strict';

  // A tall chart's axis scrolls away: show its copy at the top of the window meanwhile,
  // scrolled sideways with the chart (a layered chart keeps its size and scrolls).
  // Returns what keeps an element scrolled to clear of that copy.
  function keepAxisInView(chart) {
    var sticky = document.querySelector('.axis-sticky');
    var axis = chart.querySelector('.axis');
    if (!sticky || !axis) return function () {};
    var box = chart.parentElement;
    var frame = sticky.querySelector('.axis-frame');
    box.addEventListener('scroll', function () { frame.scrollLeft = box.scrollLeft; }, { passive: true });
    var queued = false;
    function update() {
      queued = false;
      sticky.classList.toggle('is-stuck', stuck());
    }
    function stuck() {
      var axisBox = axis.getBoundingClientRect();
      return axisBox.bottom < 0 && chart.getBoundingClientRect().bottom > 2 * axisBox.height;
    }
    window.addEventListener('scroll', function () {
      if (!queued) {
        queued = true;
        window.requestAnimationFrame(update);
      }
    }, { passive: true });
    update();
    return function clear(element) {
      if (!stuck()) return;
      var covered = frame.getBoundingClientRect().height;
      var top = element.getBoundingClientRect().top;
      if (top < covered) window.scrollBy(0, top - covered);
    };
  }

  // One SVG, or a layered chart's container of several (layeredChart.ts).
  var svg = document.querySelector('.chart > .cx-gantt');
  if (!svg) return;
  var clearOfAxis = keepAxisInView(svg);
  var items = Array.prototype.slice.call(svg.querySelectorAll('.initiative[tabindex]'));
  var arrows = Array.prototype.slice.call(svg.querySelectorAll('path[data-dependency]'));
  var byId = new Map();
  items.forEach(function (g) {
    var id = g.getAttribute('data-initiative-id');
    if (id !== null && !byId.has(id)) byId.set(id, g);
  });
  var pinned = null;

  function clear() {
    svg.classList.remove('has-focus');
    Array.prototype.forEach.call(svg.querySelectorAll('.is-related'), function (el) { el.classList.remove('is-related'); });
  }

  function neighbours(group, attribute, other) {
    var id = group.getAttribute('data-initiative-id');
    return arrows.filter(function (a) { return a.getAttribute(attribute) === id; })
      .map(function (a) { return byId.get(a.getAttribute(other)); })
      .filter(function (g) { return g !== undefined; });
  }

  function highlight(group) {
    clear();
    if (!group) return;
    var id = group.getAttribute('data-initiative-id');
    svg.classList.add('has-focus');
    group.classList.add('is-related');
    if (id === null) return;
    arrows.forEach(function (a) {
      if (a.getAttribute('data-prerequisite') !== id && a.getAttribute('data-dependant') !== id) return;
      a.classList.add('is-related');
      var other = byId.get(a.getAttribute(a.getAttribute('data-prerequisite') === id ? 'data-dependant' : 'data-prerequisite'));
      if (other) other.classList.add('is-related');
    });
  }

  function groupOf(target) {
    return target && target.closest ? target.closest('.initiative[tabindex]') : null;
  }

  function moveTo(group) {
    if (!group) return;
    group.focus();
    if (group.scrollIntoView) group.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    clearOfAxis(group);
  }

  function pin(group) {
    if (pinned) pinned.setAttribute('aria-pressed', 'false');
    pinned = pinned === group ? null : group;
    if (pinned) pinned.setAttribute('aria-pressed', 'true');
    highlight(pinned || group);
  }

  items.forEach(function (g) { g.setAttribute('aria-pressed', 'false'); });
  svg.addEventListener('mouseover', function (event) {
    var group = groupOf(event.target);
    if (group) highlight(group);
  });
  svg.addEventListener('mouseleave', function () {
    highlight(pinned || groupOf(document.activeElement));
  });
  svg.addEventListener('focusin', function (event) {
    highlight(groupOf(event.target));
  });
  svg.addEventListener('focusout', function (event) {
    if (!groupOf(event.relatedTarget)) highlight(pinned);
  });
  svg.addEventListener('click', function (event) {
    var group = groupOf(event.target);
    if (group && !(event.target.closest && event.target.closest('a'))) pin(group);
  });
  svg.addEventListener('keydown', function (event) {
    var group = groupOf(event.target);
    if (!group) return;
    var index = items.indexOf(group);
    var next = null;
    switch (event.key) {
      case 'ArrowDown': next = items[Math.min(index + 1, items.length - 1)]; break;
      case 'ArrowUp': next = items[Math.max(index - 1, 0)]; break;
      case 'Home': next = items[0]; break;
      case 'End': next = items[items.length - 1]; break;
      case 'ArrowLeft': next = neighbours(group, 'data-dependant', 'data-prerequisite')[0] || null; break;
      case 'ArrowRight': next = neighbours(group, 'data-prerequisite', 'data-dependant')[0] || null; break;
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
})();
`;
