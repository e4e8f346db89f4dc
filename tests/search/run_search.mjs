// Run Material for MkDocs' own search worker in Node, exactly as the browser does.
//
//   node run_search.mjs SITE_DIR < queries.json > results.json
//
// SITE_DIR is a built hub. The worker script (assets/javascripts/workers/search.*.min.js)
// runs in a vm context with the few globals a web worker has (self, addEventListener,
// postMessage). It gets the same messages the page sends: SETUP (type 0) with
// search/search_index.json, then one QUERY (type 2) per query; it answers READY (1)
// and RESULT (3). Input: a JSON list of query strings. Output: for each query, the
// worker's groups of results (one group per page, best first), each item reduced
// to {location, title, score}.
import fs from "node:fs"
import path from "node:path"
import vm from "node:vm"

const SETUP = 0, READY = 1, QUERY = 2, RESULT = 3

function workerScript(site) {
  const folder = path.join(site, "assets", "javascripts", "workers")
  const names = fs.readdirSync(folder).filter(name => /^search\..*\.min\.js$/.test(name))
  if (names.length !== 1)
    throw new Error(`expected one search worker in ${folder}, found ${names.length}`)
  return fs.readFileSync(path.join(folder, names[0]), "utf8")
}

function startWorker(site) {
  const listeners = []
  const answers = []
  const context = {
    console,
    addEventListener: (type, listener) => { if (type === "message") listeners.push(listener) },
    postMessage: message => answers.push(message),
    importScripts: () => { throw new Error("the hub's search must use lang: en (no extra scripts)") },
  }
  context.self = context
  vm.createContext(context)
  vm.runInContext(workerScript(site), context)
  return async message => {
    answers.length = 0
    await Promise.all(listeners.map(listener => listener({ data: message })))
    return answers.pop()
  }
}

async function main() {
  const site = process.argv[2]
  const queries = JSON.parse(fs.readFileSync(0, "utf8"))
  const index = JSON.parse(fs.readFileSync(path.join(site, "search", "search_index.json"), "utf8"))
  const send = startWorker(site)
  const ready = await send({ type: SETUP, data: { ...index, options: { suggest: false } } })
  if (!ready || ready.type !== READY)
    throw new Error(`the search worker did not answer READY: ${JSON.stringify(ready)}`)
  const results = []
  for (const query of queries) {
    const answer = await send({ type: QUERY, data: query })
    if (!answer || answer.type !== RESULT)
      throw new Error(`the search worker did not answer RESULT for ${JSON.stringify(query)}`)
    results.push(answer.data.items.map(group => group.map(({ location, title, score }) => ({ location, title, score }))))
  }
  process.stdout.write(JSON.stringify(results))
}

main().catch(error => { console.error(error.message); process.exit(1) })
