// Starts GraphiQL against this server's /graphql, opening with the allies
// query ready to run. Kept in a file (not inline) so that the page works under
// a Content-Security-Policy without 'unsafe-inline' scripts.
(function () {
  var defaultQuery = [
    '# Allies of Russia mentioned since 2022, with the sentences that say so.',
    '# Press the run button (or Ctrl-Enter).',
    '{',
    '  allies(of: "Rusia", since: "2022-01-01") {',
    '    actor { id name kind }',
    '    relations',
    '    explicit',
    '    strength',
    '    evidence {',
    '      sentence',
    '      article { id url source published }',
    '    }',
    '  }',
    '}',
    ''
  ].join('\n');
  var fetcher = GraphiQL.createFetcher({ url: window.location.origin + '/graphql' });
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(React.createElement(GraphiQL, {
    fetcher: fetcher,
    defaultQuery: defaultQuery,
    defaultEditorToolsVisibility: false,
    shouldPersistHeaders: false
  }));
})();
