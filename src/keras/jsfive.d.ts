/** The small part of jsfive (a pure-JS HDF5 reader, no types shipped) that the importer uses. */
declare module 'jsfive' {
  export class Group {
    readonly keys: string[];
    get(path: string): Group | Dataset | null;
  }
  export class File extends Group {
    constructor(buffer: ArrayBuffer, filename: string);
  }
  export interface DataObjects {
    find_msg_type(type: number): Map<string, number>[];
    _get_data_message_properties(offset: number): [number, number, number, number];
  }
  export class Dataset {
    readonly shape: number[];
    readonly dtype: string | unknown[];
    readonly value: number[];
    readonly _dataobjects: DataObjects;
  }
}
