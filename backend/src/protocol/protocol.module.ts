import { Module } from '@nestjs/common';
import { LocalProtocolRegister } from './local-protocol-register.js';
import { ProtocolRegister } from './protocol-register.js';

/** The protocol register behind its port: the built-in one until the comune's system is wired in. */
@Module({
  providers: [{ provide: ProtocolRegister, useClass: LocalProtocolRegister }],
  exports: [ProtocolRegister],
})
export class ProtocolModule {}
