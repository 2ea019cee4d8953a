import { describe, expect, it } from 'vitest';
import { readLegalInterestRateForm, readPropertyForm, readRatesForm } from './office-forms';

describe('taxes office forms', () => {
  it('should read the rates with Italian decimal commas turned into points', () => {
    const { year, input } = readRatesForm({
      year: '2026',
      label: ' delibera C.C. n. 3 ',
      mainResidence: '0,6',
      ruralInstrumental: '0.1',
      land: '0,76',
      buildingLand: '1,06',
      groupD: '1,06',
      otherBuildings: '1,06',
      mainResidenceDeduction: '200,00',
      minimumAmount: '12',
    });
    expect(year).toBe(2026);
    expect(input).toEqual({
      label: 'delibera C.C. n. 3',
      rates: {
        mainResidence: '0.6',
        ruralInstrumental: '0.1',
        land: '0.76',
        buildingLand: '1.06',
        groupD: '1.06',
        otherBuildings: '1.06',
      },
      mainResidenceDeduction: '200.00',
      minimumAmount: '12',
      formerTasiSurcharge: false,
    });
  });

  it('should read as rates the category fields the page rendered, not the action fields React adds', () => {
    const { input } = readRatesForm({
      year: '2026',
      $ACTION_REF_1: '',
      '$ACTION_1:0': '{"id":"abc","bound":"$@1"}',
      $ACTION_KEY: 'k1',
      land: '0,76',
      holidayHomes: '1,06',
      mainResidenceDeduction: '200',
      minimumAmount: '12',
      formerTasiSurcharge: 'on',
    });
    expect(input.rates).toEqual({ land: '0.76', holidayHomes: '1.06' });
    expect(input.formerTasiSurcharge).toBe(true);
  });

  it('should keep only the owner rows filled in and the reductions ticked', () => {
    const property = readPropertyForm({
      kind: 'building',
      cadastralCategory: 'a/2',
      cadastralIncome: '750,00',
      foglio: '12',
      particella: '345',
      owner0FiscalCode: 'rssmra85t10a562s',
      owner0Share: '50',
      owner0From: '2020-01-01',
      owner0MainResidence: 'on',
      owner1FiscalCode: '',
      owner2FiscalCode: 'BNCNNA78P43I914Z',
      owner2Share: '50',
      owner2From: '2020-01-01',
      owner2To: '2025-06-30',
      agreedRent: 'on',
      uninhabitableFrom: '',
    });
    expect(property).toMatchObject({
      kind: 'building',
      cadastralCategory: 'A/2',
      cadastralIncome: '750.00',
      owners: [
        { fiscalCode: 'RSSMRA85T10A562S', sharePercent: '50', from: '2020-01-01', mainResidence: true },
        { fiscalCode: 'BNCNNA78P43I914Z', to: '2025-06-30', mainResidence: false },
      ],
      reductions: [{ kind: 'agreedRent' }],
    });
    expect(property.dominicalIncome).toBeUndefined();
  });

  it('should send only the income that belongs to the kind of property', () => {
    const land = readPropertyForm({
      kind: 'land',
      cadastralIncome: '100',
      dominicalIncome: '80,5',
      foglio: '3',
    });
    expect(land).toMatchObject({ kind: 'land', dominicalIncome: '80.5' });
    expect(land.cadastralIncome).toBeUndefined();
  });

  it('should read the owner exemptions of cc. 751 and 758 per owner row', () => {
    const land = readPropertyForm({
      kind: 'land',
      dominicalIncome: '96',
      owner0FiscalCode: 'RSSMRA85T10A562S',
      owner0Share: '40',
      owner0From: '2015-01-01',
      owner0ProfessionalFarmer: 'on',
      owner1FiscalCode: 'BNCNNA78P43I914Z',
      owner1Share: '60',
      owner1From: '2015-01-01',
      owner1HeldForSale: 'on',
    });
    expect(land.owners).toMatchObject([
      { fiscalCode: 'RSSMRA85T10A562S', professionalFarmer: true, heldForSaleByBuilder: false },
      { fiscalCode: 'BNCNNA78P43I914Z', professionalFarmer: false, heldForSaleByBuilder: true },
    ]);
  });

  it('should read a legal interest rate typed the Italian way and trim its source', () => {
    expect(
      readLegalInterestRateForm({ year: ' 2027 ', ratePercent: '1,60', source: '  D.M. 10/12/2026  ' }),
    ).toEqual({ year: 2027, input: { ratePercent: '1.60', source: 'D.M. 10/12/2026' } });
    expect(readLegalInterestRateForm({ year: '2027' }).input).toEqual({ ratePercent: '', source: '' });
  });
});
