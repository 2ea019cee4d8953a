import path from 'node:path';
import { Module } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { appConfig } from '../config/app.config.js';
import { FileStore } from './file-store.js';
import { LocalFileStore } from './local-file-store.js';

/** Provides the `FileStore`; swap the factory to move documents to an S3-compatible bucket. */
@Module({
  providers: [
    {
      provide: FileStore,
      inject: [appConfig.KEY],
      useFactory: (app: ConfigType<typeof appConfig>) => new LocalFileStore(path.join(app.dataDir, 'files')),
    },
  ],
  exports: [FileStore],
})
export class StorageModule {}
