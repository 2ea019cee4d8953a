import { ApiProperty } from '@nestjs/swagger';

/** A granted permesso di costruire as published: nothing but what art. 20 c. 6 asks for. */
export class AlboEntryView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: 'Number of the permit.' }) number: string;
  @ApiProperty({ format: 'date', description: 'Date of the permit.' }) date: string;
  @ApiProperty({ description: 'Name of the holder (no codice fiscale).' }) holder: string;
  @ApiProperty() location: string;
  @ApiProperty() intervention: string;
  @ApiProperty({ format: 'date', description: 'Last day on the albo pretorio.' }) publishedUntil: string;
  @ApiProperty() onNoticeBoard: boolean;
}

export class AlboArchivePageView {
  @ApiProperty({ type: [AlboEntryView] }) items: AlboEntryView[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}
