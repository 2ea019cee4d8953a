import type { Type } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import {
  IMU_RATE_CATEGORIES,
  type ImuRateCategory,
  type ImuRatePercents,
} from '../domain/imu-rate-categories.js';

/** What the OpenAPI document says of a rate: the legal range and the comma that sets it. */
function rateDescription(category: ImuRateCategory): string {
  const tasi = category.maxWithTasiSurcharge
    ? ` (${category.maxWithTasiSurcharge} with the former TASI surcharge)`
    : '';
  return `${category.label.en}: ${category.min} – ${category.max}${tasi}; L. 160/2019 art. 1 ${category.law}.`;
}

/**
 * A class with one string property per rate category, each with the decorators `decorate` gives plus its
 * OpenAPI description: the request's and the view's `rates` follow the catalogue without a property to add
 * by hand. `name` is the schema name in the OpenAPI document.
 */
export function imuRateFieldsClass(
  name: string,
  decorate: (category: ImuRateCategory) => PropertyDecorator[] = () => [],
): Type<ImuRatePercents> {
  const fields = class {};
  Object.defineProperty(fields, 'name', { value: name });
  for (const category of IMU_RATE_CATEGORIES) {
    const decorators = [
      ApiProperty({ type: String, example: category.base, description: rateDescription(category) }),
      ...decorate(category),
    ];
    for (const decorator of decorators) decorator(fields.prototype, category.key);
  }
  return fields as Type<ImuRatePercents>;
}
