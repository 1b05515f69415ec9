// Draws the bar charts of the figures pages from their data-* attributes (R-REPORTS). The Content-Security-Policy
// forbids inline script, so the page carries only data; the table next to each chart has the same figures and the
// page works without this script. An empty value is a figure that is not shown (small count): a gap, never a bar.
(function () {
  'use strict';

  // The template leaves out an empty attribute: a chart whose only figure is not shown has no values.
  function values(text) {
    return text.split(';').map(function (v) { return v === '' ? null : Number(v); });
  }

  // A long label on lines of about 18 characters, broken between words: Chart.js draws an array as lines,
  // where one long line would be cut off at the chart's edge.
  function wrap(label) {
    var lines = [];
    label.split(' ').forEach(function (word) {
      var last = lines.length - 1;
      if (last >= 0 && (lines[last] + ' ' + word).length <= 18) {
        lines[last] += ' ' + word;
      } else {
        lines.push(word);
      }
    });
    return lines.length > 1 ? lines : label;
  }

  function draw(canvas) {
    var labels = canvas.dataset.chartLabels.split('|').map(wrap);
    // Chart.js sizes the canvas through its style properties at run time (the CSSOM, which the CSP allows).
    new window.Chart(canvas, {
      type: 'bar',
      data: {
        labels: labels,
        datasets: [{label: canvas.dataset.chartAxis, data: values(canvas.dataset.chartValues || ''),
          backgroundColor: '#1a5fb4', borderColor: '#0b3d75', borderWidth: 1}]
      },
      // Each bar carries its value at its end, so the figure is read without the axis (issue 16 item 11).
      plugins: [{
        id: 'valueLabels',
        afterDatasetsDraw: function (chart) {
          var context = chart.ctx;
          context.save();
          context.fillStyle = '#1a1a1a';
          context.font = '12px system-ui, sans-serif';
          context.textBaseline = 'middle';
          chart.getDatasetMeta(0).data.forEach(function (bar, i) {
            var value = chart.data.datasets[0].data[i];
            if (value !== null && value !== undefined) {
              context.fillText(String(value), bar.x + 4, bar.y);
            }
          });
          context.restore();
        }
      }],
      options: {
        animation: false,
        layout: {padding: {right: 32}},
        responsive: true,
        maintainAspectRatio: false,
        indexAxis: 'y',
        plugins: {legend: {display: false}},
        scales: {x: {beginAtZero: true, ticks: {precision: 0}}}
      }
    });
    canvas.dataset.chartDrawn = 'true';
  }

  function start() {
    if (!window.Chart) {
      return;
    }
    document.querySelectorAll('canvas[data-chart-labels]').forEach(draw);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
