import { getMetadataArgsStorage } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { IMU_RATE_CATEGORIES } from '../domain/imu-rate-categories.js';
import { ImuRatesRecord } from './imu-rates.entity.js';
import { exactDecimal } from './numeric-transformers.js';

describe('the imu_rates entity', () => {
  it('should map every rate category to its numeric column, read back as an exact decimal', () => {
    const columns = getMetadataArgsStorage().columns.filter((column) => column.target === ImuRatesRecord);
    for (const category of IMU_RATE_CATEGORIES) {
      const column = columns.find((c) => c.propertyName === category.key);
      expect(column?.options, category.key).toMatchObject({
        name: category.column,
        type: 'numeric',
        transformer: exactDecimal,
      });
    }
  });
});
