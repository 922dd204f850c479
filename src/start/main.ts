/**
 * `npm start`: the whole service in one process. With no tenant configured it runs locally on
 * its embedded default — the SharePoint lists emulator, synthetic demo data, local sign-in.
 */
import { botOptionsFrom } from '../bot';
import { ConfigError, loadConfig } from '../app/config/config';
import { jsonLogger } from '../app/logger';
import { startServer } from './start-server';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = jsonLogger();
  const server = await startServer({
    config,
    bot: botOptionsFrom(config),
    logger,
    onProgress: (line) => {
      console.log(line);
    },
  });
  console.log('');
  console.log(`Audit Loop is running at ${server.url}`);
  if (config.store.mode === 'local') {
    console.log('Local mode: SharePoint lists emulator with synthetic demo data (no real cases).');
    console.log(`Open ${server.url} and choose who to sign in as (any synthetic staff member).`);
  } else {
    console.log('Tenant mode: add the Teams app package (npm run package) to Teams to sign in.');
  }
  const stop = () => {
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

void main();
