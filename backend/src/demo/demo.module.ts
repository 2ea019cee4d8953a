import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { demoConfig } from '../config/app.config.js';
import { RegistryModule } from '../registry/registry.module.js';
import { DemoSeeder } from './demo-seeder.js';

/** The demo data loader, used by the start-up hook (`DEMO_DATA`) and `npm run seed`. */
@Module({
  imports: [ConfigModule.forFeature(demoConfig), RegistryModule],
  providers: [DemoSeeder],
  exports: [DemoSeeder],
})
export class DemoModule {}
