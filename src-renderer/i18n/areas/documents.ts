import { defineArea } from '../area'

/** Reading the licence and ID-card photos (offline OCR) and what it filled in. */
export default defineArea(
  {
    reading: '正在读取照片上的文字（在本机离线识别）…',
    failed: '没能读取照片上的文字，请手动填写。',
    retry: '重新读取',
    readNow: '从照片读取并核对',
    filled: '已从照片填入 {count} 项，标为“从照片读取 — 请核对”。',
    readOnly: '已读取照片，用来核对已填写的内容。',
    confirmAll: '已核对，全部确认',
    cropAlt: '证件照片上读到这一项的位置',
    cropCaption: '↑ 证件照片上的这一处'
  },
  {
    reading: 'Reading the text on the photo (offline, on this computer)…',
    failed: 'The text on the photo could not be read: please fill the fields in by hand.',
    retry: 'Read again',
    readNow: 'Read the photo and check the fields',
    filled:
      'Filled {count} field from the photo, marked “Read from the photo — please check”. | Filled {count} fields from the photo, marked “Read from the photo — please check”.',
    readOnly: 'The photo was read and is used to check what you typed.',
    confirmAll: 'Checked, confirm all',
    cropAlt: 'The part of the document photo this value was read from',
    cropCaption: '↑ This part of the document photo'
  }
)
