// Starts GraphiQL against this server's /graphql with one tab per saved
// example, the allies query first and active, ready to run. Kept in a file
// (not inline) so that the page works under a Content-Security-Policy without
// 'unsafe-inline' scripts.
//
// Each tab's first line is a comment saying what it asks; the operations are
// named so that the tabs are titled. A visitor's own tabs are kept in the
// browser's localStorage by GraphiQL and win over these on later visits.
(function () {
  function lines() {
    return Array.prototype.slice.call(arguments).concat('').join('\n');
  }

  var examples = [
    lines(
      '# Allies of Russia since 2022, and the sentences saying so.',
      'query Allies {',
      '  allies(of: "Rusia", since: "2022-01-01") {',
      '    actor { id name kind }',
      '    strength',
      '    explicit',
      '    evidence {',
      '      sentence',
      '      article { url published }',
      '    }',
      '  }',
      '}'
    ),
    lines(
      '# North Korea per month: events, cooperative and hostile.',
      'query Timeline {',
      '  timeline(actor: "PRK", bucket: MONTH) {',
      '    start',
      '    count',
      '    cooperative',
      '    hostile',
      '  }',
      '}'
    ),
    lines(
      '# North Korea to the Wagner Group, hop by hop, with sources.',
      'query Path {',
      '  path(from: "PRK", to: "wagner-group", maxHops: 4) {',
      '    actors { id name }',
      '    hops {',
      '      from { name }',
      '      to { name }',
      '      relation',
      '      evidence { sentence }',
      '    }',
      '  }',
      '}'
    ),
    lines(
      '# Actors within two relations of Russia, and their links.',
      'query Neighborhood {',
      '  neighborhood(actor: "RUS", depth: 2, limit: 50) {',
      '    nodes { id name kind }',
      '    edges { source target relation weight }',
      '  }',
      '}'
    ),
    lines(
      '# Actors and articles matching "Wagner", best first.',
      'query Search {',
      '  search(text: "Wagner") {',
      '    score',
      '    actor { id name }',
      '    article { id title }',
      '  }',
      '}'
    )
  ];

  var fetcher = GraphiQL.createFetcher({ url: window.location.origin + '/graphql' });
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(React.createElement(GraphiQL, {
    fetcher: fetcher,
    defaultTabs: examples.map(function (query) { return { query: query }; }),
    // What a new tab ("+") opens with.
    defaultQuery: examples[0],
    defaultEditorToolsVisibility: false,
    shouldPersistHeaders: false
  }));
})();
