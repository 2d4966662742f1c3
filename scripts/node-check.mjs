/**
 * Loaded first by every npm script (`node --import ./scripts/node-check.mjs …`). The scripts are
 * TypeScript and need a Node that strips types itself (22.18 or newer); the project brings
 * Node 24 in the `node` package, whose install script fetches it. Where that script did not run
 * (`npm ci --ignore-scripts`, a common IT policy), npm falls back to the system's Node, which
 * would stop with an English ERR_UNKNOWN_FILE_EXTENSION. This stops first, saying what to do.
 *
 * Plain JavaScript, so that any Node can read it; for the same reason its German text lives here
 * and not in the TypeScript strings modules.
 */
if (!process.features.typescript) {
  process.stderr.write(
    [
      `Dieses Projekt braucht Node.js 22.18 oder neuer; hier läuft Node.js ${process.versions.node}.`,
      'Normalerweise bringt das Projekt sein eigenes Node.js 24 mit (Paket „node“). Es fehlt, wenn',
      '„npm ci --ignore-scripts“ die Installationsskripte übersprungen hat. Abhilfe, eine davon:',
      '  npm rebuild node     (führt nur das Installationsskript des Pakets „node“ aus)',
      '  Node.js 24 installieren und den Befehl noch einmal aufrufen',
      '',
    ].join('\n'),
  );
  process.exit(1);
}
