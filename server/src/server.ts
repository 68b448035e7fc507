import { buildApp } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { createDatabase } from '@ods/db';
import { prepareDatabase } from './startup.ts';

// Migrates, seeds what is missing, listens, and closes cleanly on SIGINT/SIGTERM so pending
// work (mail, notes) is flushed.
async function main() {
  const config = loadConfig();
  const database = createDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const { demoSeeded } = await prepareDatabase(database.db, {
    seedDemo: config.seedDemo,
    now: new Date(),
  });
  const app = await buildApp(config, { database });
  app.log.info(`Database: ${database.description}${demoSeeded ? ' (demo data seeded)' : ''}`);
  if (!config.smtpUrl)
    app.log.info(
      'No SMTP_URL: mail stays in the outbox' +
        (config.env === 'development' ? `; see ${config.publicUrl}/dev/outbox` : ''),
    );
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      app.log.info(`${signal} received, closing`);
      app.close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
  await app.listen({ port: config.port, host: config.host });
  app.log.info(`Over de schutting runs at ${config.publicUrl}`);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(2);
  }
  console.error(error);
  process.exit(1);
});
