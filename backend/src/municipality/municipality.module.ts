import { Module } from '@nestjs/common';
import { MunicipalityController } from './municipality.controller.js';

@Module({ controllers: [MunicipalityController] })
export class MunicipalityModule {}
